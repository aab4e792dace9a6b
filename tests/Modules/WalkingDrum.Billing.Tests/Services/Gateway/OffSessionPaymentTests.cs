using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Stripe;
using WalkingDrum.Billing.Services.Gateway;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Gateway;

/// <summary>
/// Charging saved cards off session against the sandbox over Stripe.net: success, declines,
/// 3-D Secure finished on the sandbox's authentication page and reported back by webhook, and
/// idempotency and processor trouble.
/// </summary>
public sealed class OffSessionPaymentTests(OutcomeBillingApp app) : IClassFixture<OutcomeBillingApp>
{
    private OutcomeLog Outcomes => app.Services.GetRequiredService<OutcomeLog>();

    [Fact]
    public async Task A_good_card_is_charged_and_described()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var (customer, card) = await SaveCardAsync(shop, "pm_card_visa");

        var charge = await ChargeAsync(shop, customer, card, 1999, "renewal-1");

        Assert.Equal(PaymentState.Succeeded, charge.Outcome);
        Assert.StartsWith("pi_", charge.PaymentId, StringComparison.Ordinal);
        Assert.Null(charge.FailureMessage);
        var found = await InShopAsync(shop, p => p.FindAsync(charge.PaymentId, CancellationToken.None));
        Assert.Equal(PaymentState.Succeeded, found!.Outcome);
        Assert.Equal(new Amount(1999, "USD"), found.Amount);
        Assert.Equal("renewal-1", found.Metadata["invoice"]);
        var described = await InShopAsync(shop, p => p.DescribeCardAsync(card, CancellationToken.None));
        Assert.Equal(("visa", "4242", 12), (described!.Brand, described.Last4, described.ExpiryMonth));
        Assert.True(described.ExpiryYear > DateTime.UtcNow.Year);
        Assert.Null(await InShopAsync(shop, p => p.FindAsync("pi_unknown", CancellationToken.None)));
        Assert.Null(await InShopAsync(shop, p => p.DescribeCardAsync("pm_unknown", CancellationToken.None)));
    }

    [Fact]
    public async Task A_card_that_fails_later_is_declined_with_a_readable_reason_and_the_failure_is_reported()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var (customer, card) = await SaveCardAsync(shop, "pm_card_chargeCustomerFail");

        var charge = await ChargeAsync(shop, customer, card, 2500, "renewal-2");

        Assert.Equal(PaymentState.Failed, charge.Outcome);
        Assert.Equal("card_declined", charge.FailureCode);
        Assert.Equal("Your card was declined.", charge.FailureMessage);
        var found = await InShopAsync(shop, p => p.FindAsync(charge.PaymentId, CancellationToken.None));
        Assert.Equal(PaymentState.Failed, found!.Outcome);
        var reported = await Outcomes.WaitForAsync(shop.Tenant.Id, charge.PaymentId, o => !o.Succeeded);
        Assert.Equal(("card_declined", "Your card was declined."), (reported.FailureCode, reported.FailureMessage));
        await SandboxControls.WaitForDeliveriesAsync(app, shop);
        Assert.Single(Outcomes.Of(shop.Tenant.Id, charge.PaymentId));
    }

    [Fact]
    public async Task A_card_that_needs_authentication_is_paid_on_the_authentication_page_and_reported_once()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var (customer, card) = await SaveCardAsync(shop, "pm_card_authenticationRequired");

        var charge = await ChargeAsync(shop, customer, card, 4200, "renewal-3");
        Assert.Equal(PaymentState.RequiresAction, charge.Outcome);
        Assert.Equal("authentication_required", charge.FailureCode);

        var returnUrl = new Uri($"http://127.0.0.1/s/{shop.Name}/account/payments/return");
        var authentication = await InShopAsync(shop, p => p.StartAuthenticationAsync(charge.PaymentId, returnUrl, CancellationToken.None));
        var again = await InShopAsync(shop, p => p.StartAuthenticationAsync(charge.PaymentId, returnUrl, CancellationToken.None));
        Assert.Equal(PaymentState.RequiresAction, authentication.Outcome);
        Assert.Equal(authentication.AuthenticationUrl, again.AuthenticationUrl);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(authentication.AuthenticationUrl)).StatusCode);
        using var done = await browser.PostAsync(authentication.AuthenticationUrl,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["outcome"] = "complete" }));
        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);
        Assert.StartsWith(returnUrl + $"?payment_intent={charge.PaymentId}", done.Headers.Location!.ToString(), StringComparison.Ordinal);

        var success = await Outcomes.WaitForAsync(shop.Tenant.Id, charge.PaymentId, o => o.Succeeded);
        Assert.Equal(new Amount(4200, "USD"), success.Amount);
        Assert.Equal("renewal-3", success.Metadata["invoice"]);
        Assert.True(success.IsTest);
        await SandboxControls.WaitForDeliveriesAsync(app, shop);
        Assert.Single(Outcomes.Of(shop.Tenant.Id, charge.PaymentId), o => o.Succeeded);
        var after = await InShopAsync(shop, p => p.StartAuthenticationAsync(charge.PaymentId, returnUrl, CancellationToken.None));
        Assert.Equal((PaymentState.Succeeded, null), (after.Outcome, after.AuthenticationUrl));
    }

    [Fact]
    public async Task The_same_key_twice_is_one_payment_and_a_new_key_is_another()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var (customer, card) = await SaveCardAsync(shop, "pm_card_visa");

        var first = await ChargeAsync(shop, customer, card, 1000, "renewal-4");
        var second = await ChargeAsync(shop, customer, card, 1000, "renewal-4");
        var other = await ChargeAsync(shop, customer, card, 1000, "renewal-5");

        Assert.Equal(first, second);
        Assert.NotEqual(first.PaymentId, other.PaymentId);
        var client = await InShopAsync(shop, (IServiceProvider services) => services.GetRequiredService<ShopStripe>().ClientAsync(CancellationToken.None));
        var intents = await new PaymentIntentService(client).ListAsync(new PaymentIntentListOptions { Customer = customer });
        Assert.Equal(2, intents.Data.Count);
    }

    [Fact]
    public async Task A_processor_that_keeps_failing_throws_a_transient_error_and_charges_nothing()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var (customer, card) = await SaveCardAsync(shop, "pm_card_visa");
        await SandboxControls.InjectFaultAsync(app, shop, 503, count: 10, "/v1/payment_intents");

        var failure = await Assert.ThrowsAsync<PaymentException>(() => ChargeAsync(shop, customer, card, 1000, "renewal-6"));

        Assert.True(failure.IsTransient);
        Assert.Contains("try again", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    private Task<OffSessionCharge> ChargeAsync(TestShop shop, string customer, string card, long cents, string invoice) =>
        InShopAsync(shop, p => p.ChargeAsync(
            new OffSessionChargeRequest(customer, card, new Amount(cents, "USD"), $"charge-{invoice}", $"Renewal {invoice}",
                new Dictionary<string, string> { ["invoice"] = invoice }),
            CancellationToken.None));

    /// <summary>A sandbox customer with a card attached, as a checkout that saved the card leaves them; webhooks point at the app.</summary>
    private async Task<(string Customer, string Card)> SaveCardAsync(TestShop shop, string token) =>
        await SandboxShopper.AsStorefrontRequestAsync(app, shop, async services =>
        {
            await services.GetRequiredService<SandboxWebhooks>().EnsureRegisteredAsync(CancellationToken.None);
            var client = await services.GetRequiredService<ShopStripe>().ClientAsync(CancellationToken.None);
            var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "subscriber@example.com" });
            var card = await new PaymentMethodService(client).AttachAsync(token, new PaymentMethodAttachOptions { Customer = customer.Id });
            return (customer.Id, card.Id);
        });

    private Task<T> InShopAsync<T>(TestShop shop, Func<IOffSessionPayments, Task<T>> work) =>
        InShopAsync(shop, (IServiceProvider services) => work(services.GetRequiredService<IOffSessionPayments>()));

    private Task<T> InShopAsync<T>(TestShop shop, Func<IServiceProvider, Task<T>> work) =>
        SandboxShopper.AsStorefrontRequestAsync(app, shop, work);
}
