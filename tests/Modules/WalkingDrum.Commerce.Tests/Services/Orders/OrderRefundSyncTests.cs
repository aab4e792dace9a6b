using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Orders;

/// <summary>Refund reports as webhooks hand them over: repeated, out of order, for unknown payments and for other shops.</summary>
[Collection(AppCollection.Name)]
public sealed class OrderRefundSyncTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Repeated_and_shuffled_reports_record_each_refund_once()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);
        var first = Refund("re_first", 1000, "succeeded");
        var second = Refund("re_second", 3100, "succeeded");
        RefundReport[] reports = [Report(order, first), Report(order, first, second), Report(order, second, first), Report(order, first)];

        foreach (var report in reports.Concat(reports).OrderBy(_ => Random.Shared.Next()))
        {
            await ReportAsync(shop.Tenant, report);
        }

        var after = await TestOrders.ReadAsync(app, shop, order.Id);
        Assert.Equal(["re_first", "re_second"], after.Refunds.Select(r => r.ProcessorRefundId).Order());
        Assert.Equal((OrderPaymentStatus.Refunded, 4100L), (after.PaymentStatus, after.RefundedMinor));
        Assert.All(after.Refunds, r => Assert.Equal(("", null), (r.Author, r.Reason)));
        Assert.Equal(2, after.Notes.Count);
        Assert.Contains(after.Notes, n => n.Text == "Refunded €10.00 outside the admin (refund re_first, succeeded).");
    }

    [Fact]
    public async Task A_pending_refund_counts_until_it_fails_and_its_status_follows_the_processor()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);

        await ReportAsync(shop.Tenant, Report(order, Refund("re_slow", 1500, "pending")));
        var pending = await TestOrders.ReadAsync(app, shop, order.Id);
        await ReportAsync(shop.Tenant, Report(order, Refund("re_slow", 1500, "failed")));
        var failed = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal((OrderPaymentStatus.PartiallyRefunded, 1500L, "pending"), (pending.PaymentStatus, pending.RefundedMinor, pending.Refunds.Single().Status));
        Assert.Equal((OrderPaymentStatus.Paid, 0L, "failed"), (failed.PaymentStatus, failed.RefundedMinor, failed.Refunds.Single().Status));
        Assert.Contains(failed.Notes, n => n.Text == "Refund re_slow of €15.00 is now failed (was pending).");
        Assert.Equal(2, failed.Version);
    }

    [Fact]
    public async Task A_report_about_a_payment_no_order_has_changes_nothing()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);

        await ReportAsync(shop.Tenant, new RefundReport("pi_unknown_" + Guid.NewGuid().ToString("N"), [Refund("re_x", 500, "succeeded")]));

        var after = await TestOrders.ReadAsync(app, shop, order.Id);
        Assert.Equal((OrderPaymentStatus.Paid, 0L, 0), (after.PaymentStatus, after.RefundedMinor, after.Version));
        Assert.Empty(after.Refunds);
        Assert.Empty(await app.InShopAsync(shop.Tenant, db => db.Set<OrderRefund>().ToListAsync()));
    }

    [Fact]
    public async Task A_report_in_shop_b_never_touches_shop_a_orders_of_the_same_payment_id()
    {
        var shopA = await app.CreateShopAsync();
        var shopB = await app.CreateShopAsync();
        var paymentId = "pi_shared_" + Guid.NewGuid().ToString("N");
        var orderA = await TestOrders.AddAsync(app, shopA, o => o.PaymentId = paymentId);
        var orderB = await TestOrders.AddAsync(app, shopB, o => o.PaymentId = paymentId);

        await ReportAsync(shopB.Tenant, Report(orderB, Refund("re_b", 4100, "succeeded")));

        var afterA = await TestOrders.ReadAsync(app, shopA, orderA.Id);
        var afterB = await TestOrders.ReadAsync(app, shopB, orderB.Id);
        Assert.Equal((OrderPaymentStatus.Paid, 0L, 0), (afterA.PaymentStatus, afterA.RefundedMinor, afterA.Version));
        Assert.Empty(afterA.Refunds);
        Assert.Empty(afterA.Notes);
        Assert.Equal((OrderPaymentStatus.Refunded, "re_b"), (afterB.PaymentStatus, afterB.Refunds.Single().ProcessorRefundId));
    }

    private static PaymentRefund Refund(string id, long cents, string status) => new(id, new Amount(cents, "EUR"), status);

    private static RefundReport Report(Order order, params PaymentRefund[] refunds) => new(order.PaymentId, refunds);

    // As the inbox runs a handler: in the shop's scope, inside a transaction.
    private Task ReportAsync(TenantInfo tenant, RefundReport report) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var handler in services.GetServices<IRefundReportHandler>())
            {
                await handler.HandleAsync(report, CancellationToken.None);
            }

            await transaction.CommitAsync();
        });
}
