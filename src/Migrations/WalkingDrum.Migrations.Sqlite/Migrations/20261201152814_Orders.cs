using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Orders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "checkout_drafts",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    cart_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cart_version = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    coupon_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    coupon_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    shipping_method = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    tax_label = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    address_json = table.Column<string>(type: "TEXT", nullable: false),
                    lines_json = table.Column<string>(type: "TEXT", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    subtotal_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    discount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    shipping_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    tax_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    total_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    session_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    session_url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    storefront_url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checkout_drafts", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<long>(type: "INTEGER", nullable: false),
                    checkout_session_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    payment_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    is_test = table.Column<bool>(type: "INTEGER", nullable: false),
                    payment_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    fulfillment_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    subtotal_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    discount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    shipping_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    tax_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    total_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    refunded_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    coupon_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    shipping_method = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    tax_label = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    shipping_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    shipping_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    shipping_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    shipping_city = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    shipping_region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    shipping_postal_code = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    shipping_country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    fulfilled_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "shipping_rates",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    countries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    price_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    free_over_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_rates", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "tax_rates",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    country_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    basis_points = table.Column<int>(type: "INTEGER", nullable: false),
                    applies_to_shipping = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tax_rates", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    variant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_price_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    line_total_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => new { x.tenant_id, x.order_id, x.position });
                    table.ForeignKey(
                        name: "fk_order_lines_orders_tenant_id_order_id",
                        columns: x => new { x.tenant_id, x.order_id },
                        principalTable: "orders",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_notes",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_notes", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_order_notes_orders_tenant_id_order_id",
                        columns: x => new { x.tenant_id, x.order_id },
                        principalTable: "orders",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_refunds",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    processor_refund_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_refunds", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_order_refunds_orders_tenant_id_order_id",
                        columns: x => new { x.tenant_id, x.order_id },
                        principalTable: "orders",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_checkout_drafts_tenant_id_created_at",
                table: "checkout_drafts",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_checkout_drafts_tenant_id_fingerprint",
                table: "checkout_drafts",
                columns: new[] { "tenant_id", "fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_tenant_id_variant_id",
                table: "order_lines",
                columns: new[] { "tenant_id", "variant_id" });

            migrationBuilder.CreateIndex(
                name: "ix_order_notes_tenant_id_order_id",
                table: "order_notes",
                columns: new[] { "tenant_id", "order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_order_refunds_tenant_id_order_id",
                table: "order_refunds",
                columns: new[] { "tenant_id", "order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_order_refunds_tenant_id_processor_refund_id",
                table: "order_refunds",
                columns: new[] { "tenant_id", "processor_refund_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_checkout_session_id",
                table: "orders",
                columns: new[] { "tenant_id", "checkout_session_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_email",
                table: "orders",
                columns: new[] { "tenant_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_number",
                table: "orders",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_placed_at",
                table: "orders",
                columns: new[] { "tenant_id", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_user_id",
                table: "orders",
                columns: new[] { "tenant_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tax_rates_tenant_id_country_code",
                table: "tax_rates",
                columns: new[] { "tenant_id", "country_code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checkout_drafts");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "order_notes");

            migrationBuilder.DropTable(
                name: "order_refunds");

            migrationBuilder.DropTable(
                name: "shipping_rates");

            migrationBuilder.DropTable(
                name: "tax_rates");

            migrationBuilder.DropTable(
                name: "orders");
        }
    }
}
