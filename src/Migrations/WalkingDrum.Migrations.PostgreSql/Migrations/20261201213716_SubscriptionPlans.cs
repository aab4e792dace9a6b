using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SubscriptionPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "product_subscription_settings",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_only = table.Column<bool>(type: "boolean", nullable: false),
                    is_box = table.Column<bool>(type: "boolean", nullable: false),
                    box_size = table.Column<int>(type: "integer", nullable: true),
                    box_cutoff_days = table.Column<int>(type: "integer", nullable: true),
                    box_collection_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_subscription_settings", x => new { x.tenant_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_product_subscription_settings_products_tenant_id_product_id",
                        columns: x => new { x.tenant_id, x.product_id },
                        principalTable: "products",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subscription_plans",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    interval_unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    interval_count = table.Column<int>(type: "integer", nullable: false),
                    discount_percent = table.Column<int>(type: "integer", nullable: false),
                    fixed_price_minor = table.Column<long>(type: "bigint", nullable: true),
                    trial_days = table.Column<int>(type: "integer", nullable: false),
                    setup_fee_minor = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    prepaid_cycles = table.Column<int>(type: "integer", nullable: false),
                    prepaid_discount_percent = table.Column<int>(type: "integer", nullable: false),
                    minimum_cycles = table.Column<int>(type: "integer", nullable: false),
                    maximum_cycles = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscription_plans", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_subscription_plans_products_tenant_id_product_id",
                        columns: x => new { x.tenant_id, x.product_id },
                        principalTable: "products",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_subscription_plans_tenant_id_product_id_position",
                table: "subscription_plans",
                columns: new[] { "tenant_id", "product_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "product_subscription_settings");

            migrationBuilder.DropTable(
                name: "subscription_plans");
        }
    }
}
