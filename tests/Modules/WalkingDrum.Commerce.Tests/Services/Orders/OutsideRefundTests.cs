using System.Net;
using System.Text.Json;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Orders;

/// <summary>
/// Refunds made at the processor, as Stripe's dashboard does, reach the order through the sandbox's
/// webhooks over real HTTP, every event three times in shuffled order.
/// </summary>
[Collection(KestrelCheckoutCollection.Name)]
public sealed class OutsideRefundTests(KestrelCheckoutApp app)
{
    [Fact]
    public async Task Refunds_made_in_the_dashboard_show_on_the_order_once_each()
    {
        var (shop, order) = await PaidOrderAsync(SandboxCards.Visa);

        var first = await DashboardRefundAsync(shop, order.PaymentId, 1000);
        await KestrelShops.SettledAsync(app, shop);
        var partial = await TestOrders.ReadAsync(app, shop, order.Id);
        var rest = await DashboardRefundAsync(shop, order.PaymentId, null);
        await KestrelShops.SettledAsync(app, shop);
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal((OrderPaymentStatus.PartiallyRefunded, 1000L), (partial.PaymentStatus, partial.RefundedMinor));
        Assert.Equal(first, Assert.Single(partial.Refunds).ProcessorRefundId);
        Assert.Equal((OrderPaymentStatus.Refunded, order.TotalMinor), (after.PaymentStatus, after.RefundedMinor));
        Assert.Equal([first, rest], after.Refunds.OrderBy(r => r.AmountMinor == 1000 ? 0 : 1).Select(r => r.ProcessorRefundId));
        Assert.All(after.Refunds, r => Assert.Equal(("succeeded", ""), (r.Status, r.Author)));
        Assert.Equal(2, after.Notes.Count);
        Assert.Contains(after.Notes, n => n.Text == $"Refunded €10.00 outside the admin (refund {first}, succeeded).");
    }

    [Fact]
    public async Task A_pending_refund_follows_the_processor_until_it_succeeds_or_fails()
    {
        var (shop, order) = await PaidOrderAsync(SandboxCards.RefundsPending);

        var succeeds = await DashboardRefundAsync(shop, order.PaymentId, 1000);
        var fails = await DashboardRefundAsync(shop, order.PaymentId, 500);
        await KestrelShops.SettledAsync(app, shop);
        var pending = await TestOrders.ReadAsync(app, shop, order.Id);
        await SettleAsync(shop, succeeds, "succeeded");
        await SettleAsync(shop, fails, "failed");
        await KestrelShops.SettledAsync(app, shop);
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.All(pending.Refunds, r => Assert.Equal("pending", r.Status));
        Assert.Equal((OrderPaymentStatus.PartiallyRefunded, 1500L), (pending.PaymentStatus, pending.RefundedMinor));
        Assert.Equal("succeeded", after.Refunds.Single(r => r.ProcessorRefundId == succeeds).Status);
        Assert.Equal("failed", after.Refunds.Single(r => r.ProcessorRefundId == fails).Status);
        Assert.Equal((OrderPaymentStatus.PartiallyRefunded, 1000L), (after.PaymentStatus, after.RefundedMinor));
        Assert.Contains(after.Notes, n => n.Text == $"Refund {fails} of €5.00 is now failed (was pending).");
    }

    [Fact]
    public async Task A_refund_of_shop_b_never_touches_shop_a_orders()
    {
        var (shopA, orderA) = await PaidOrderAsync(SandboxCards.Visa);
        var (shopB, orderB) = await PaidOrderAsync(SandboxCards.Visa);
        // Shop A even holds an order naming shop B's payment.
        var lookalike = await TestOrders.AddAsync(app, shopA, o => o.PaymentId = orderB.PaymentId);

        await DashboardRefundAsync(shopB, orderB.PaymentId, null);
        await KestrelShops.SettledAsync(app, shopB);

        var afterB = await TestOrders.ReadAsync(app, shopB, orderB.Id);
        Assert.Equal(OrderPaymentStatus.Refunded, afterB.PaymentStatus);
        foreach (var untouched in new[] { orderA, lookalike })
        {
            var after = await TestOrders.ReadAsync(app, shopA, untouched.Id);
            Assert.Equal((OrderPaymentStatus.Paid, 0L, untouched.Version), (after.PaymentStatus, after.RefundedMinor, after.Version));
            Assert.Empty(after.Refunds);
            Assert.Empty(after.Notes);
        }
    }

    // A shopper buys one bag through the storefront and pays on the sandbox's page; the webhooks make the order.
    private async Task<(TestShop Shop, Order Order)> PaidOrderAsync(string card)
    {
        var shop = await app.CreateShopAsync();
        await ShopperCheckout.SetEuropeanRatesAsync(app, shop);
        var product = await app.SaveProductAsync(shop, Catalog.Simple("House blend", "25.00"));
        using var client = KestrelShops.Client(app, shop);
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);
        await ShopperCheckout.PayAsync(await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form()), card);
        var order = Assert.Single(await ShopperCheckout.WaitForOrdersAsync(app, shop));
        await KestrelShops.SettledAsync(app, shop);
        return (shop, order);
    }

    // A refund made straight at the processor's API, as its dashboard does: no reference of ours.
    private async Task<string> DashboardRefundAsync(TestShop shop, string paymentId, long? cents)
    {
        var fields = new Dictionary<string, string> { ["payment_intent"] = paymentId };
        if (cents is { } amount)
        {
            fields["amount"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var sandbox = await SandboxControls.SandboxClientAsync(app, shop);
        using var response = await sandbox.PostAsync("/v1/refunds", new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var refund = JsonDocument.Parse(body);
        return refund.RootElement.GetProperty("id").GetString()!;
    }

    private async Task SettleAsync(TestShop shop, string refundId, string status)
    {
        using var sandbox = await SandboxControls.SandboxClientAsync(app, shop);
        using var response = await sandbox.PostAsync($"/_sandbox/refunds/{refundId}/settle",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = status }));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
