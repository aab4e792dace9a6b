using System.Net;
using Stripe;
using Stripe.Checkout;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

/// <summary>
/// Hosted checkouts that keep the card for later, as a shop selling subscriptions opens them:
/// <c>customer_creation=always</c> with no customer of its own, paying now or only saving the card.
/// </summary>
public sealed class SavedCardCheckoutTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Paying_with_setup_future_usage_creates_the_customer_and_attaches_the_card_the_payment_used()
    {
        var client = sandbox.Client();
        var session = await new SessionService(client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            CustomerEmail = "subscriber@example.com",
            CustomerCreation = "always",
            LineItems = [Checkout.Item("Kenya AA every 2 weeks", 1800, 1)],
            PaymentIntentData = new SessionPaymentIntentDataOptions { SetupFutureUsage = "off_session" },
            SuccessUrl = Checkout.SuccessUrl,
            CancelUrl = Checkout.CancelUrl,
        });
        Assert.Equal("always", session.CustomerCreation);
        Assert.Null(session.CustomerId);

        using var paid = await Checkout.PayAsync(sandbox.Browser, session.Url, "4242424242424242");

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        var done = await new SessionService(client).GetAsync(session.Id, new SessionGetOptions { Expand = ["payment_intent", "customer"] });
        Assert.Equal(("complete", "paid"), (done.Status, done.PaymentStatus));
        Assert.Equal("subscriber@example.com", done.Customer.Email);
        Assert.Equal(done.CustomerId, done.PaymentIntent.CustomerId);
        Assert.Equal("off_session", done.PaymentIntent.SetupFutureUsage);
        var card = Assert.Single((await new CustomerPaymentMethodService(client).ListAsync(done.CustomerId)).Data);
        Assert.Equal(done.PaymentIntent.PaymentMethodId, card.Id);
    }

    [Fact]
    public async Task Setup_mode_without_a_customer_creates_one_and_saves_the_card_on_a_succeeded_setup_intent()
    {
        var client = sandbox.Client();
        var session = await new SessionService(client).CreateAsync(new SessionCreateOptions
        {
            Mode = "setup",
            Currency = "usd",
            CustomerEmail = "trial@example.com",
            CustomerCreation = "always",
            Metadata = new Dictionary<string, string> { ["draft"] = "d-1" },
            SetupIntentData = new SessionSetupIntentDataOptions { Metadata = new Dictionary<string, string> { ["draft"] = "d-1" } },
            SuccessUrl = Checkout.SuccessUrl,
            CancelUrl = Checkout.CancelUrl,
        });
        Assert.Equal("no_payment_required", session.PaymentStatus);

        using var saved = await Checkout.PayAsync(sandbox.Browser, session.Url, "4242424242424242");

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var done = await new SessionService(client).GetAsync(session.Id, new SessionGetOptions { Expand = ["setup_intent", "customer"] });
        Assert.Equal(("complete", "no_payment_required"), (done.Status, done.PaymentStatus));
        Assert.Null(done.PaymentIntentId);
        Assert.Null(done.AmountTotal);
        Assert.Equal("trial@example.com", done.Customer.Email);
        Assert.Equal(("succeeded", done.CustomerId), (done.SetupIntent.Status, done.SetupIntent.CustomerId));
        Assert.Equal("d-1", done.SetupIntent.Metadata["draft"]);
        var card = Assert.Single((await new CustomerPaymentMethodService(client).ListAsync(done.CustomerId)).Data);
        Assert.Equal(done.SetupIntent.PaymentMethodId, card.Id);
        var charges = await new EventService(client).ListAsync(new EventListOptions { Type = "charge.succeeded" });
        Assert.Empty(charges.Data);
    }

    [Fact]
    public async Task Customer_creation_is_refused_with_a_customer_given_or_an_unknown_value()
    {
        var client = sandbox.Client();
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions());

        var both = await Assert.ThrowsAsync<StripeException>(() => CreateAsync(client, customer.Id, "always"));
        var unknown = await Assert.ThrowsAsync<StripeException>(() => CreateAsync(client, null, "sometimes"));

        Assert.Equal(("customer_creation", HttpStatusCode.BadRequest), (both.StripeError.Param, both.HttpStatusCode));
        Assert.Equal("customer_creation", unknown.StripeError.Param);
    }

    [Fact]
    public async Task Setup_mode_refuses_payment_intent_data()
    {
        var client = sandbox.Client();

        var refused = await Assert.ThrowsAsync<StripeException>(() => new SessionService(client).CreateAsync(new SessionCreateOptions
        {
            Mode = "setup",
            Currency = "usd",
            CustomerCreation = "always",
            PaymentIntentData = new SessionPaymentIntentDataOptions { SetupFutureUsage = "off_session" },
            SuccessUrl = Checkout.SuccessUrl,
        }));

        Assert.Equal("payment_intent_data", refused.StripeError.Param);
    }

    private static Task<Session> CreateAsync(StripeClient client, string? customer, string creation) =>
        new SessionService(client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            Customer = customer,
            CustomerCreation = creation,
            LineItems = [Checkout.Item("Filters", 400, 1)],
            SuccessUrl = Checkout.SuccessUrl,
        });
}
