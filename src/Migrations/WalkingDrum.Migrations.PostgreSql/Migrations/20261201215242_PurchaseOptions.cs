using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PurchaseOptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "purchase_option",
                table: "order_lines",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "id",
                table: "cart_lines",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "purchase_option",
                table: "cart_lines",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            // Lines already in carts get an id each before the key changes to it. The table owner is
            // subject to the table's forced row-level security, so it is lifted for the update.
            migrationBuilder.Sql("ALTER TABLE cart_lines NO FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql("UPDATE cart_lines SET id = gen_random_uuid();");
            migrationBuilder.Sql("ALTER TABLE cart_lines FORCE ROW LEVEL SECURITY;");

            migrationBuilder.DropPrimaryKey(
                name: "pk_cart_lines",
                table: "cart_lines");

            migrationBuilder.AddPrimaryKey(
                name: "pk_cart_lines",
                table: "cart_lines",
                columns: new[] { "tenant_id", "cart_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cart_lines_tenant_id_cart_id_variant_id",
                table: "cart_lines",
                columns: new[] { "tenant_id", "cart_id", "variant_id" },
                unique: true,
                filter: "purchase_option IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_cart_lines_tenant_id_cart_id_variant_id_purchase_option",
                table: "cart_lines",
                columns: new[] { "tenant_id", "cart_id", "variant_id", "purchase_option" },
                unique: true,
                filter: "purchase_option IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_cart_lines",
                table: "cart_lines");

            migrationBuilder.DropIndex(
                name: "ix_cart_lines_tenant_id_cart_id_variant_id",
                table: "cart_lines");

            migrationBuilder.DropIndex(
                name: "ix_cart_lines_tenant_id_cart_id_variant_id_purchase_option",
                table: "cart_lines");

            migrationBuilder.DropColumn(
                name: "purchase_option",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "id",
                table: "cart_lines");

            migrationBuilder.DropColumn(
                name: "purchase_option",
                table: "cart_lines");

            migrationBuilder.AddPrimaryKey(
                name: "pk_cart_lines",
                table: "cart_lines",
                columns: new[] { "tenant_id", "cart_id", "variant_id" });
        }
    }
}
