using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payment_settings",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    secret_key_protected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    secret_key_hint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    publishable_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    webhook_secret_protected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sandbox_webhook_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sandbox_webhook_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    sandbox_webhook_secret_protected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    events_reconciled_until = table.Column<long>(type: "bigint", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_settings", x => x.tenant_id);
                });

            migrationBuilder.CreateTable(
                name: "stripe_inbox",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_unix = table.Column<long>(type: "bigint", nullable: false),
                    livemode = table.Column<bool>(type: "boolean", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    received_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    next_attempt_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    lease_owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    lease_until_ms = table.Column<long>(type: "bigint", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    processed_at_ms = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stripe_inbox", x => new { x.tenant_id, x.event_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_stripe_inbox_status_next_attempt_at_ms",
                table: "stripe_inbox",
                columns: new[] { "status", "next_attempt_at_ms" });

            migrationBuilder.CreateIndex(
                name: "ix_stripe_inbox_tenant_id_created_unix",
                table: "stripe_inbox",
                columns: new[] { "tenant_id", "created_unix" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_settings");

            migrationBuilder.DropTable(
                name: "stripe_inbox");
        }
    }
}
