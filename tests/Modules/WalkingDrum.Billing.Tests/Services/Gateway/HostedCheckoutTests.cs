using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Services.Settings;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Gateway;

/// <summary>
/// The gateway against the embedded sandbox over real HTTP: a hosted checkout opened, paid with a
/// test card, delivered back as webhooks (three shuffled copies each) and recorded once; refunds;
/// retries through injected faults.
/// </summary>
public sealed class HostedCheckoutTests(KestrelBillingApp app) : IClassFixture<KestrelBillingApp>
{
    private HandlerLog Log => app.Services.GetRequiredService<HandlerLog>();

    [Fact]
    public async Task A_paid_sandbox_checkout_reaches_the_shop_once_and_can_be_refunded_in_part()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var request = SandboxShopper.Request(shop, "draft-1", "checkout-draft-1");

        var session = await SandboxShopper.StartAsync(app, shop, request);
        var again = await SandboxShopper.StartAsync(app, shop, request);
        Assert.Equal(session.SessionId, again.SessionId);

        using var paid = await SandboxCards.PayAsync(session.Url, SandboxCards.Visa);
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Contains($"session={session.SessionId}", paid.Headers.Location!.ToString(), StringComparison.Ordinal);

        var completion = await Log.WaitForCompletionAsync(shop.Tenant.Id, session.SessionId);
        Assert.Equal("draft-1", completion.Reference);
        Assert.Equal(new Amount(4100, "USD"), completion.AmountPaid);
        Assert.Equal("shopper@example.com", completion.CustomerEmail);
        Assert.True(completion.IsTest);
        Assert.Equal("draft-1", completion.Metadata["cart"]);
        var asked = await SandboxShopper.AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<IHostedCheckout>().FindCompletionAsync(session.SessionId, CancellationToken.None));
        Assert.Equal(completion.PaymentId, asked!.PaymentId);

        var refund = await RefundAsync(shop, completion.PaymentId, 1000, "refund-1");
        var repeated = await RefundAsync(shop, completion.PaymentId, 1000, "refund-1");
        Assert.Equal(new Amount(1000, "USD"), refund.Amount);
        Assert.Equal(refund.RefundId, repeated.RefundId);
        var tooMuch = await Assert.ThrowsAsync<PaymentException>(() => RefundAsync(shop, completion.PaymentId, 3200, "refund-2"));
        Assert.False(tooMuch.IsTransient);
        Assert.Contains("greater than", tooMuch.Message, StringComparison.OrdinalIgnoreCase);

        // Three shuffled copies of every event, all delivered and acknowledged, yet one completion.
        await SandboxControls.WaitForDeliveriesAsync(app, shop);
        Assert.Single(Log.CompletionsOf(shop.Tenant.Id));

        // The refund's events hand over the payment's refunds as the processor holds them.
        var report = await Log.WaitForReportAsync(shop.Tenant.Id, r => r.PaymentId == completion.PaymentId);
        Assert.Equal(("refund-1", "succeeded"), (refund.Reference, refund.Status));
        Assert.Equal([refund], report.Refunds);
        Assert.Equal([refund], await SandboxShopper.AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<IPaymentRefunds>().ListAsync(completion.PaymentId, CancellationToken.None)));
    }

    [Fact]
    public async Task A_declined_card_records_nothing()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var session = await SandboxShopper.StartAsync(app, shop, SandboxShopper.Request(shop, "draft-2", "checkout-draft-2"));

        using var declined = await SandboxCards.PayAsync(session.Url, SandboxCards.Declined);

        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Contains("declined", await declined.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var asked = await SandboxShopper.AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<IHostedCheckout>().FindCompletionAsync(session.SessionId, CancellationToken.None));
        Assert.Null(asked);
        Assert.Empty(Log.CompletionsOf(shop.Tenant.Id));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Busy_or_failing_responses_are_retried_until_the_request_succeeds(int status)
    {
        var shop = await app.CreateShopDirectlyAsync();
        await SandboxShopper.StartAsync(app, shop, SandboxShopper.Request(shop, "warm-up", $"warm-up-{status}"));
        await SandboxControls.InjectFaultAsync(app, shop, status, count: 2, "/v1/checkout/sessions");

        var session = await SandboxShopper.StartAsync(app, shop, SandboxShopper.Request(shop, "draft-3", $"checkout-draft-3-{status}"));

        Assert.StartsWith("cs_", session.SessionId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_processor_that_keeps_failing_gives_a_readable_transient_error()
    {
        var shop = await app.CreateShopDirectlyAsync();
        await SandboxShopper.StartAsync(app, shop, SandboxShopper.Request(shop, "warm-up", "warm-up-down"));
        await SandboxControls.InjectFaultAsync(app, shop, 503, count: 10, "/v1/checkout/sessions");

        var failure = await Assert.ThrowsAsync<PaymentException>(() => SandboxShopper.StartAsync(app, shop, SandboxShopper.Request(shop, "draft-4", "checkout-draft-4")));

        Assert.True(failure.IsTransient);
        Assert.Contains("try again", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Test_connection_reaches_the_sandbox()
    {
        var shop = await app.CreateShopDirectlyAsync();

        var (ok, message) = await SandboxShopper.AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<PaymentSettingsService>().TestConnectionAsync(CancellationToken.None));

        Assert.True(ok, message);
        Assert.Contains("sandbox", message, StringComparison.Ordinal);
    }


    private Task<PaymentRefund> RefundAsync(TestShop shop, string paymentId, long cents, string key) =>
        SandboxShopper.AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<IPaymentRefunds>().RefundAsync(
                new PaymentRefundRequest(paymentId, new Amount(cents, "USD"), key, key, "Damaged bag"), CancellationToken.None));
}
