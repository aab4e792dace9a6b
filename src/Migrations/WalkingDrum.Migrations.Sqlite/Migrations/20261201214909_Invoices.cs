using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Invoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "invoices",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<long>(type: "INTEGER", nullable: false),
                    source_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    customer_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    customer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    subtotal_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    discount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    tax_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    total_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_paid_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_credited_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    period_start = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    period_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    payment_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    is_test = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoices", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "credit_notes",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<long>(type: "INTEGER", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    processor_refund_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_notes", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_credit_notes_invoices_tenant_id_invoice_id",
                        columns: x => new { x.tenant_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "invoice_lines",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    unit_amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    period_start = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    period_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_lines", x => new { x.tenant_id, x.invoice_id, x.position });
                    table.ForeignKey(
                        name: "fk_invoice_lines_invoices_tenant_id_invoice_id",
                        columns: x => new { x.tenant_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invoice_payment_attempts",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    invoice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    payment_id = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    failure_code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    failure_message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_payment_attempts", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_invoice_payment_attempts_invoices_tenant_id_invoice_id",
                        columns: x => new { x.tenant_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_tenant_id_invoice_id",
                table: "credit_notes",
                columns: new[] { "tenant_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_tenant_id_number",
                table: "credit_notes",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_tenant_id_processor_refund_id",
                table: "credit_notes",
                columns: new[] { "tenant_id", "processor_refund_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoice_payment_attempts_tenant_id_invoice_id",
                table: "invoice_payment_attempts",
                columns: new[] { "tenant_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_customer_email",
                table: "invoices",
                columns: new[] { "tenant_id", "customer_email" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_number",
                table: "invoices",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_payment_id",
                table: "invoices",
                columns: new[] { "tenant_id", "payment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_source_key",
                table: "invoices",
                columns: new[] { "tenant_id", "source_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_status_number",
                table: "invoices",
                columns: new[] { "tenant_id", "status", "number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_notes");

            migrationBuilder.DropTable(
                name: "invoice_lines");

            migrationBuilder.DropTable(
                name: "invoice_payment_attempts");

            migrationBuilder.DropTable(
                name: "invoices");
        }
    }
}
