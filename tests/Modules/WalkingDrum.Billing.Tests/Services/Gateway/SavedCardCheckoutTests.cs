using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Gateway;

/// <summary>
/// Hosted checkouts that save the card (<see cref="HostedCheckoutRequest.SaveCardForLater"/>) against
/// the sandbox over real HTTP: paid now with the card kept, or, with nothing due, a setup page only.
/// Webhooks and the success-page lookup report the same customer and card.
/// </summary>
public sealed class SavedCardCheckoutTests(KestrelBillingApp app) : IClassFixture<KestrelBillingApp>
{
    private HandlerLog Log => app.Services.GetRequiredService<HandlerLog>();

    [Fact]
    public async Task A_paid_checkout_that_saves_the_card_reports_its_customer_and_card()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var request = SandboxShopper.Request(shop, "draft-saved", "checkout-draft-saved") with { SaveCardForLater = true };

        var session = await SandboxShopper.StartAsync(app, shop, request);
        using var paid = await SandboxCards.PayAsync(session.Url, SandboxCards.Visa);

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        var completion = await Log.WaitForCompletionAsync(shop.Tenant.Id, session.SessionId);
        Assert.Equal(new Amount(SandboxShopper.RequestTotalMinor, "USD"), completion.AmountPaid);
        Assert.StartsWith("pi_", completion.PaymentId, StringComparison.Ordinal);
        Assert.StartsWith("cus_", completion.CustomerId, StringComparison.Ordinal);
        Assert.StartsWith("pm_", completion.PaymentMethodId, StringComparison.Ordinal);
        Assert.Equal(completion, await FindAsync(shop, session.SessionId), CompletionComparer.Instance);
    }

    [Fact]
    public async Task Nothing_due_opens_a_setup_page_whose_completion_has_no_payment_but_the_card()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var request = new HostedCheckoutRequest(
            "draft-trial", "checkout-draft-trial", [new HostedCheckoutLine("Kenya AA — 14-day trial", new Amount(0, "USD"), 1)],
            "trial@example.com", new Uri($"http://127.0.0.1/s/{shop.Name}/checkout/done?session={{CHECKOUT_SESSION_ID}}"),
            new Uri($"http://127.0.0.1/s/{shop.Name}/cart"), new Dictionary<string, string> { ["cart"] = "draft-trial" }, SaveCardForLater: true);

        var session = await SandboxShopper.StartAsync(app, shop, request);
        var before = await FindAsync(shop, session.SessionId);
        using var saved = await SandboxCards.PayAsync(session.Url, SandboxCards.Visa);

        Assert.Null(before);
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var completion = await Log.WaitForCompletionAsync(shop.Tenant.Id, session.SessionId);
        Assert.Equal(("", new Amount(0, "USD")), (completion.PaymentId, completion.AmountPaid));
        Assert.Equal(("draft-trial", "trial@example.com"), (completion.Reference, completion.CustomerEmail));
        Assert.Equal("draft-trial", completion.Metadata["cart"]);
        Assert.StartsWith("cus_", completion.CustomerId, StringComparison.Ordinal);
        Assert.StartsWith("pm_", completion.PaymentMethodId, StringComparison.Ordinal);
        Assert.Equal(completion, await FindAsync(shop, session.SessionId), CompletionComparer.Instance);
        await SandboxControls.WaitForDeliveriesAsync(app, shop);
        Assert.Single(Log.CompletionsOf(shop.Tenant.Id));
    }

    [Fact]
    public async Task A_checkout_that_does_not_save_the_card_reports_no_customer()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var session = await SandboxShopper.StartAsync(app, shop, SandboxShopper.Request(shop, "draft-once", "checkout-draft-once"));

        using var paid = await SandboxCards.PayAsync(session.Url, SandboxCards.Visa);

        var completion = await Log.WaitForCompletionAsync(shop.Tenant.Id, session.SessionId);
        Assert.Equal((null, null), (completion.CustomerId, completion.PaymentMethodId));
    }

    private Task<CheckoutCompletion?> FindAsync(TestShop shop, string sessionId) =>
        SandboxShopper.AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<IHostedCheckout>().FindCompletionAsync(sessionId, CancellationToken.None));

    // Records compare their metadata dictionaries by reference; these compare by content.
    private sealed class CompletionComparer : IEqualityComparer<CheckoutCompletion?>
    {
        public static readonly CompletionComparer Instance = new();

        public bool Equals(CheckoutCompletion? x, CheckoutCompletion? y) =>
            x is not null && y is not null && x with { Metadata = y.Metadata } == y && x.Metadata.OrderBy(p => p.Key).SequenceEqual(y.Metadata.OrderBy(p => p.Key));

        public int GetHashCode(CheckoutCompletion? obj) => obj?.SessionId.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
