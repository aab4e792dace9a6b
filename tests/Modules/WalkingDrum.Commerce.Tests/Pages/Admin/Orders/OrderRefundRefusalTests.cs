using System.Net;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Orders;

/// <summary>Refund forms refused before any money moves: by the form's own checks, or by the processor.</summary>
[Collection(AppCollection.Name)]
public sealed class OrderRefundRefusalTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_refund_the_processor_refuses_shows_its_reason_and_writes_nothing()
    {
        var shop = await app.CreateShopAsync();
        // The sandbox has never seen this payment.
        var order = await TestOrders.AddAsync(app, shop, o => o.PaymentId = "pi_missing_" + Guid.NewGuid().ToString("N"));
        var owner = await shop.OwnerClientAsync();
        var page = await owner.GetStringAsync($"admin/orders/{order.Id}");

        var response = await TestOrders.PostAsync(owner, order.Id, "Refund", page, TestOrders.RefundFields(page, "5.00"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was refunded. No such payment_intent", html, StringComparison.Ordinal);
        Assert.NotEqual(TestOrders.Hidden(page, "Refund.RequestId"), TestOrders.Hidden(html, "Refund.RequestId"));
        Assert.Equal((0L, 0), (after.RefundedMinor, after.Version));
        Assert.Empty(after.Refunds);
        Assert.Empty(after.Notes);
    }

    [Theory]
    [InlineData("", "Enter the amount to refund, e.g. 12.50.")]
    [InlineData("   ", "Enter the amount to refund, e.g. 12.50.")]
    [InlineData("ten", "Enter an amount such as 12.50.")]
    [InlineData("1e3", "Enter an amount such as 12.50.")]
    [InlineData("€5", "Enter an amount such as 12.50.")]
    [InlineData("12,50", "Use a point for decimals and no thousands separators, e.g. 1250.50.")]
    [InlineData("0", "Enter an amount above zero.")]
    [InlineData("0.00", "Enter an amount above zero.")]
    [InlineData("-5", "Enter an amount above zero.")]
    [InlineData("12.505", "EUR amounts have at most 2 decimals.")]
    [InlineData("41.01", "At most €41.00 is left to refund on this order.")]
    [InlineData("99999999999", "Enter at most 1,000,000,000.")]
    public async Task An_amount_that_cannot_be_refunded_is_refused_inline(string amount, string message)
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);
        var owner = await shop.OwnerClientAsync();

        var response = await TestOrders.RefundAsync(owner, order.Id, amount);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<span id=\"Refund_Amount-error\" class=\"field-error\">{message}</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"refund-amount-hint Refund_Amount-error\"", html, StringComparison.Ordinal);
        Assert.Equal((0L, 0), (after.RefundedMinor, after.Version));
        Assert.Empty(after.Refunds);
    }
}
