using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OrderPaymentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_payment_id",
                table: "orders",
                columns: new[] { "tenant_id", "payment_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_orders_tenant_id_payment_id",
                table: "orders");
        }
    }
}
