using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReconcileCursors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stripe_reconcile_cursors",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reconciled_until = table.Column<long>(type: "bigint", nullable: true),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stripe_reconcile_cursors", x => x.tenant_id);
                });

            // Shops that already take payments stay on the reconciliation list. The table owner is
            // subject to its forced row-level security, so it is lifted for the copy (migrations
            // re-apply it afterwards).
            migrationBuilder.Sql("ALTER TABLE payment_settings NO FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql("INSERT INTO stripe_reconcile_cursors (tenant_id, reconciled_until, enrolled_at) SELECT tenant_id, events_reconciled_until, updated_at FROM payment_settings WHERE webhook_secret_protected IS NOT NULL OR sandbox_webhook_secret_protected IS NOT NULL;");
            migrationBuilder.Sql("ALTER TABLE payment_settings FORCE ROW LEVEL SECURITY;");

            migrationBuilder.DropColumn(
                name: "events_reconciled_until",
                table: "payment_settings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stripe_reconcile_cursors");

            migrationBuilder.AddColumn<long>(
                name: "events_reconciled_until",
                table: "payment_settings",
                type: "bigint",
                nullable: true);
        }
    }
}
