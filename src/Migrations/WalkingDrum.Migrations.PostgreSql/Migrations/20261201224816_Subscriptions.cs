using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Subscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "subscriptions",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cancel_at_period_end = table.Column<bool>(type: "boolean", nullable: false),
                    canceled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paused_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resume_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    pause_cycles_remaining = table.Column<int>(type: "integer", nullable: true),
                    skip_next_renewal = table.Column<bool>(type: "boolean", nullable: false),
                    coupon_id = table.Column<Guid>(type: "uuid", nullable: true),
                    coupon_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    coupon_percent_off = table.Column<int>(type: "integer", nullable: true),
                    coupon_amount_off_minor = table.Column<long>(type: "bigint", nullable: true),
                    coupon_cycles_remaining = table.Column<int>(type: "integer", nullable: true),
                    credit_balance_minor = table.Column<long>(type: "bigint", nullable: false),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false),
                    next_retry_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    gift_recipient_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    gift_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    gift_notify_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    gift_notified = table.Column<bool>(type: "boolean", nullable: false),
                    gift_prepaid_cycles = table.Column<int>(type: "integer", nullable: true),
                    gift_end_behavior = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    gift_converted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    origin_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    processor_customer_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    payment_method_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    card_brand = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    card_last4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    card_exp_month = table.Column<int>(type: "integer", nullable: true),
                    card_exp_year = table.Column<int>(type: "integer", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    plan_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    interval_unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    interval_count = table.Column<int>(type: "integer", nullable: false),
                    prepaid_cycles = table.Column<int>(type: "integer", nullable: false),
                    minimum_cycles = table.Column<int>(type: "integer", nullable: false),
                    maximum_cycles = table.Column<int>(type: "integer", nullable: true),
                    setup_fee_paid_minor = table.Column<long>(type: "bigint", nullable: false),
                    trial_ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    billing_anchor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    current_period_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    current_period_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_billing_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_through = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cycles_billed = table.Column<int>(type: "integer", nullable: false),
                    prepaid_cycles_remaining = table.Column<int>(type: "integer", nullable: false),
                    current_period_paid_minor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscriptions", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "subscription_events",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_version = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    actor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscription_events", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_subscription_events_subscriptions_tenant_id_subscription_id",
                        columns: x => new { x.tenant_id, x.subscription_id },
                        principalTable: "subscriptions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subscription_items",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    variant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price_minor = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscription_items", x => new { x.tenant_id, x.subscription_id, x.id });
                    table.ForeignKey(
                        name: "fk_subscription_items_subscriptions_tenant_id_subscription_id",
                        columns: x => new { x.tenant_id, x.subscription_id },
                        principalTable: "subscriptions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_subscription_events_tenant_id_subscription_id_subscription_~",
                table: "subscription_events",
                columns: new[] { "tenant_id", "subscription_id", "subscription_version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subscription_items_tenant_id_variant_id",
                table: "subscription_items",
                columns: new[] { "tenant_id", "variant_id" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_tenant_id_email",
                table: "subscriptions",
                columns: new[] { "tenant_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_tenant_id_origin_order_id",
                table: "subscriptions",
                columns: new[] { "tenant_id", "origin_order_id" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_tenant_id_status_next_billing_at",
                table: "subscriptions",
                columns: new[] { "tenant_id", "status", "next_billing_at" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_tenant_id_user_id",
                table: "subscriptions",
                columns: new[] { "tenant_id", "user_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "subscription_events");

            migrationBuilder.DropTable(
                name: "subscription_items");

            migrationBuilder.DropTable(
                name: "subscriptions");
        }
    }
}
