using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.Sqlite.Migrations
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
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reconciled_until = table.Column<long>(type: "INTEGER", nullable: true),
                    enrolled_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stripe_reconcile_cursors", x => x.tenant_id);
                });

            // Shops that already take payments stay on the reconciliation list.
            migrationBuilder.Sql("INSERT INTO stripe_reconcile_cursors (tenant_id, reconciled_until, enrolled_at) SELECT tenant_id, events_reconciled_until, updated_at FROM payment_settings WHERE webhook_secret_protected IS NOT NULL OR sandbox_webhook_secret_protected IS NOT NULL;");

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
                type: "INTEGER",
                nullable: true);
        }
    }
}
