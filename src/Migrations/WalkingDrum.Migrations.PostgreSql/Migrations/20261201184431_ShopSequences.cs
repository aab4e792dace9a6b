using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.PostgreSql.Migrations
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
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    next_value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shop_sequences", x => new { x.tenant_id, x.name });
                });

            // Each shop's order numbers carry on after its highest one. The table owner is subject
            // to the orders table's forced row-level security, so it is lifted for the copy
            // (migrations re-apply it afterwards; the new table gets its policy then too).
            migrationBuilder.Sql("ALTER TABLE orders NO FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql("INSERT INTO shop_sequences (tenant_id, name, next_value) SELECT tenant_id, 'order', MAX(number) + 1 FROM orders GROUP BY tenant_id;");
            migrationBuilder.Sql("ALTER TABLE orders FORCE ROW LEVEL SECURITY;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shop_sequences");
        }
    }
}
