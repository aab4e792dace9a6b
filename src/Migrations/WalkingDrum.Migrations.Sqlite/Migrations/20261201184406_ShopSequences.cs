using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ShopSequences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shop_sequences",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    next_value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shop_sequences", x => new { x.tenant_id, x.name });
                });

            // Each shop's order numbers carry on after its highest one.
            migrationBuilder.Sql("INSERT INTO shop_sequences (tenant_id, name, next_value) SELECT tenant_id, 'order', MAX(number) + 1 FROM orders GROUP BY tenant_id;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shop_sequences");
        }
    }
}
