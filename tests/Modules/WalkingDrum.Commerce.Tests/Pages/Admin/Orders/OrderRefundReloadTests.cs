using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Orders;

/// <summary>
/// A refund the processor made that the order does not know yet (our write was lost in a crash, or
/// it was made in the processor's dashboard and its webhook has not arrived): a freshly loaded
/// refund form asks the processor first, records it and refunds nothing more.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OrderRefundReloadTests(WalkingDrumApp app)
{
    [Theory]
    [InlineData("41.00")]
    [InlineData("10.00")]
    public async Task A_reloaded_form_after_a_lost_refund_is_refused_and_the_lost_refund_is_recorded(string amount)
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddPaidAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        var lostPage = await owner.GetStringAsync($"admin/orders/{order.Id}");
        var lostRequest = Guid.Parse(TestOrders.Hidden(lostPage, "Refund.RequestId"));
        // What the first form did before the process died: the processor refunded, nothing was written.
        var lost = await SandboxShopper.AsStorefrontRequestAsync(app, shop, services => services.GetRequiredService<IPaymentRefunds>().RefundAsync(
            new PaymentRefundRequest(order.PaymentId, new Amount(1000, "EUR"), OrderRefunds.IdempotencyKey(order.Id, lostRequest),
                OrderRefunds.Reference(lostRequest), null), CancellationToken.None));

        var response = await TestOrders.RefundAsync(owner, order.Id, amount);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var after = await TestOrders.ReadAsync(app, shop, order.Id);
        var resent = await TestOrders.PostAsync(owner, order.Id, "Refund", lostPage, TestOrders.RefundFields(lostPage, "10.00"));
        var told = WebUtility.HtmlDecode(await owner.GetStringAsync(resent.Headers.Location));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("The payment processor has refunds this order did not show (€10.00)", html, StringComparison.Ordinal);
        Assert.Contains("nothing more was refunded", html, StringComparison.Ordinal);
        var recorded = Assert.Single(after.Refunds);
        Assert.Equal((lost.RefundId, lostRequest, 1000L, "succeeded"), (recorded.ProcessorRefundId, recorded.Id, recorded.AmountMinor, recorded.Status));
        Assert.Equal((OrderPaymentStatus.PartiallyRefunded, 1000L), (after.PaymentStatus, after.RefundedMinor));
        Assert.Single(after.Notes);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Contains("This refund of €10.00 was already made; nothing more was refunded.", told, StringComparison.Ordinal);
        Assert.Equal([1000L], await SandboxRefundsAsync(shop, order.PaymentId));
    }

    [Fact]
    public async Task A_refund_made_in_the_dashboard_is_recorded_before_the_form_refunds_what_is_left()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddPaidAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        using (var sandbox = await SandboxControls.SandboxClientAsync(app, shop))
        using (var made = await sandbox.PostAsync("/v1/refunds", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["payment_intent"] = order.PaymentId, ["amount"] = "1500" })))
        {
            Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        }

        var refused = await TestOrders.RefundAsync(owner, order.Id, "26.00");
        var rest = await TestOrders.RefundAsync(owner, order.Id, "26.00");
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rest.StatusCode);
        Assert.Equal((OrderPaymentStatus.Refunded, 4100L), (after.PaymentStatus, after.RefundedMinor));
        var outside = after.Refunds.Single(r => r.AmountMinor == 1500);
        Assert.Equal("", outside.Author);
        Assert.Contains(after.Notes, n => n.Text == $"Refunded €15.00 outside the admin (refund {outside.ProcessorRefundId}, succeeded).");
        Assert.Equal([1500L, 2600L], (await SandboxRefundsAsync(shop, order.PaymentId)).Order());
    }

    private async Task<List<long>> SandboxRefundsAsync(TestShop shop, string paymentId)
    {
        using var sandbox = await SandboxControls.SandboxClientAsync(app, shop);
        using var list = JsonDocument.Parse(await sandbox.GetStringAsync($"/v1/refunds?payment_intent={paymentId}"));
        return [.. list.RootElement.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("amount").GetInt64())];
    }
}
