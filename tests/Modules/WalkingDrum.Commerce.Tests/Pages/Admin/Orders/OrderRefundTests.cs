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

/// <summary>Refunds from the order page through the sandbox, paid for real with a test card on its hosted page.</summary>
[Collection(AppCollection.Name)]
public sealed class OrderRefundTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_partial_refund_then_the_rest_leaves_the_order_refunded()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddPaidAsync(app, shop);
        var owner = await shop.OwnerClientAsync();

        var partial = await TestOrders.RefundAsync(owner, order.Id, "12.50", "Torn bag");
        var afterPartial = await TestOrders.ReadAsync(app, shop, order.Id);
        var page = WebUtility.HtmlDecode(await owner.GetStringAsync(partial.Headers.Location));
        var rest = await TestOrders.RefundAsync(owner, order.Id, "28.50");
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.Redirect, partial.StatusCode);
        Assert.Equal((OrderPaymentStatus.PartiallyRefunded, 1250L), (afterPartial.PaymentStatus, afterPartial.RefundedMinor));
        Assert.Contains("Refunded €12.50.", page, StringComparison.Ordinal);
        Assert.Contains("Up to €28.50 is left to refund", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rest.StatusCode);
        Assert.Equal((OrderPaymentStatus.Refunded, 4100L, 2), (after.PaymentStatus, after.RefundedMinor, after.Version));
        Assert.Equal([1250L, 2850L], after.Refunds.Select(r => r.AmountMinor).Order());
        var first = after.Refunds.Single(r => r.AmountMinor == 1250);
        Assert.Equal(("Torn bag", shop.OwnerEmail, "succeeded", "EUR"), (first.Reason, first.Author, first.Status, first.Currency));
        Assert.StartsWith("re_", first.ProcessorRefundId, StringComparison.Ordinal);
        Assert.Contains(after.Notes, n => n.Text == $"Refunded €12.50 by {shop.OwnerEmail} (refund {first.ProcessorRefundId}, succeeded). Reason: Torn bag" && n.Author == "");
        Assert.Equal(2, after.Notes.Count);
        Assert.Equal([1250L, 2850L], (await SandboxRefundsAsync(shop, order.PaymentId)).Order());
        Assert.Contains("The whole payment has been refunded.", WebUtility.HtmlDecode(await owner.GetStringAsync($"admin/orders/{order.Id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_is_left_is_refused_inline_and_nothing_is_written_or_refunded()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddPaidAsync(app, shop);
        var owner = await shop.OwnerClientAsync();

        var response = await TestOrders.RefundAsync(owner, order.Id, "41.01");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was refunded.", html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"Refund_Amount-error\" class=\"field-error\">At most €41.00 is left to refund on this order.</span>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Refund.Amount\" value=\"41.01\"", html, StringComparison.Ordinal);
        Assert.Equal((OrderPaymentStatus.Paid, 0L, 0), (after.PaymentStatus, after.RefundedMinor, after.Version));
        Assert.Empty(after.Refunds);
        Assert.Empty(after.Notes);
        Assert.Empty(await SandboxRefundsAsync(shop, order.PaymentId));
    }

    [Fact]
    public async Task The_same_refund_form_sent_twice_refunds_once()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddPaidAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        var page = await owner.GetStringAsync($"admin/orders/{order.Id}");
        var fields = TestOrders.RefundFields(page, "41.00");

        var first = await TestOrders.PostAsync(owner, order.Id, "Refund", page, fields);
        var second = await TestOrders.PostAsync(owner, order.Id, "Refund", page, fields);
        var told = WebUtility.HtmlDecode(await owner.GetStringAsync(second.Headers.Location));
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("This refund of €41.00 was already made; nothing more was refunded.", told, StringComparison.Ordinal);
        var refund = Assert.Single(after.Refunds);
        Assert.Equal(Guid.Parse(TestOrders.Hidden(page, "Refund.RequestId")), refund.Id);
        Assert.Equal((OrderPaymentStatus.Refunded, 4100L), (after.PaymentStatus, after.RefundedMinor));
        Assert.Single(after.Notes);
        Assert.Equal([4100L], await SandboxRefundsAsync(shop, order.PaymentId));
    }

    [Fact]
    public async Task Two_copies_of_one_refund_form_sent_at_the_same_moment_refund_once()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddPaidAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        var page = await owner.GetStringAsync($"admin/orders/{order.Id}");
        var fields = TestOrders.RefundFields(page, "15.00");

        var responses = await Task.WhenAll(
            TestOrders.PostAsync(owner, order.Id, "Refund", page, fields),
            TestOrders.PostAsync(owner, order.Id, "Refund", page, fields));
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(after.Refunds);
        Assert.Single(after.Notes);
        Assert.Equal((OrderPaymentStatus.PartiallyRefunded, 1500L, 1), (after.PaymentStatus, after.RefundedMinor, after.Version));
        Assert.Equal([1500L], await SandboxRefundsAsync(shop, order.PaymentId));
    }

    [Fact]
    public async Task A_refund_made_before_a_crash_is_recorded_once_when_the_form_is_sent_again()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddPaidAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        var page = await owner.GetStringAsync($"admin/orders/{order.Id}");
        var requestId = Guid.Parse(TestOrders.Hidden(page, "Refund.RequestId"));
        // What the first attempt did before the process died: the processor refunded, nothing was written.
        var made = await SandboxShopper.AsStorefrontRequestAsync(app, shop, services => services.GetRequiredService<IPaymentRefunds>().RefundAsync(
            new PaymentRefundRequest(order.PaymentId, new Amount(1000, "EUR"), OrderRefunds.IdempotencyKey(order.Id, requestId), OrderRefunds.Reference(requestId), "Late delivery"), CancellationToken.None));

        var retried = await TestOrders.PostAsync(owner, order.Id, "Refund", page, TestOrders.RefundFields(page, "10.00", "Late delivery"));
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var refund = Assert.Single(after.Refunds);
        Assert.Equal((made.RefundId, 1000L), (refund.ProcessorRefundId, after.RefundedMinor));
        Assert.Equal(OrderPaymentStatus.PartiallyRefunded, after.PaymentStatus);
        Assert.Equal([1000L], await SandboxRefundsAsync(shop, order.PaymentId));
    }

    [Fact]
    public async Task A_refund_form_shown_before_another_refund_is_refused_as_out_of_date()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddPaidAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        var stalePage = await owner.GetStringAsync($"admin/orders/{order.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await TestOrders.RefundAsync(owner, order.Id, "5.00")).StatusCode);

        var stale = await TestOrders.PostAsync(owner, order.Id, "Refund", stalePage, TestOrders.RefundFields(stalePage, "5.00"));
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Another refund was recorded on this order meanwhile, so nothing was refunded.", html, StringComparison.Ordinal);
        Assert.Equal(500L, (await TestOrders.ReadAsync(app, shop, order.Id)).RefundedMinor);
        Assert.Equal([500L], await SandboxRefundsAsync(shop, order.PaymentId));
    }

    // The refunds the sandbox holds for a payment, in minor units.
    private async Task<List<long>> SandboxRefundsAsync(TestShop shop, string paymentId)
    {
        using var sandbox = await SandboxControls.SandboxClientAsync(app, shop);
        using var list = JsonDocument.Parse(await sandbox.GetStringAsync($"/v1/refunds?payment_intent={paymentId}"));
        return [.. list.RootElement.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("amount").GetInt64())];
    }
}
