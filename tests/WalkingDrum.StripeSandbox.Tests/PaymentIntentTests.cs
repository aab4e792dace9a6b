using System.Net;
using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class PaymentIntentTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task An_off_session_renewal_with_a_saved_4242_succeeds_and_expands_its_charge()
    {
        var client = sandbox.Client();
        var (customer, card) = await Checkout.SavedCardAsync(client, sandbox.Browser, "4242424242424242");

        var pi = await new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 1800, Currency = "usd", Customer = customer.Id, PaymentMethod = card.Id,
            Confirm = true, OffSession = true, Metadata = new Dictionary<string, string> { ["invoice"] = "inv_1" },
            Expand = ["latest_charge"],
        });

        Assert.Equal("succeeded", pi.Status);
        Assert.Equal(1800, pi.LatestCharge.Amount);
        Assert.Equal(customer.Id, pi.LatestCharge.CustomerId);
        Assert.Equal("inv_1", pi.Metadata["invoice"]);
        var listed = await new PaymentIntentService(client).ListAsync(new PaymentIntentListOptions { Customer = customer.Id });
        Assert.Equal(pi.Id, Assert.Single(listed.Data).Id);
    }

    [Fact]
    public async Task An_off_session_charge_on_0341_is_a_402_card_declined()
    {
        var client = sandbox.Client();
        var (customer, card) = await Checkout.SavedCardAsync(client, sandbox.Browser, "4000000000000341");

        var error = await Assert.ThrowsAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 1800, Currency = "usd", Customer = customer.Id, PaymentMethod = card.Id, Confirm = true, OffSession = true,
        }));

        Assert.Equal(HttpStatusCode.PaymentRequired, error.HttpStatusCode);
        Assert.Equal("card_error", error.StripeError.Type);
        Assert.Equal("card_declined", error.StripeError.Code);
        Assert.Equal("generic_decline", error.StripeError.DeclineCode);
        var pi = await new PaymentIntentService(client).GetAsync(error.StripeError.PaymentIntent.Id);
        Assert.Equal("requires_payment_method", pi.Status);
        Assert.Equal("card_declined", pi.LastPaymentError.Code);
        var charge = await new ChargeService(client).GetAsync(pi.LatestChargeId);
        Assert.Equal("failed", charge.Status);
    }

    [Fact]
    public async Task An_off_session_charge_on_3184_needs_authentication()
    {
        var client = sandbox.Client();
        var (customer, card) = await Checkout.SavedCardAsync(client, sandbox.Browser, "4000002760003184");

        var error = await Assert.ThrowsAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 1800, Currency = "usd", Customer = customer.Id, PaymentMethod = card.Id, Confirm = true, OffSession = true,
        }));

        Assert.Equal(HttpStatusCode.PaymentRequired, error.HttpStatusCode);
        Assert.Equal("authentication_required", error.StripeError.Code);
        Assert.Equal("requires_payment_method", error.StripeError.PaymentIntent.Status);
        Assert.Equal(customer.Id, error.StripeError.PaymentIntent.CustomerId);
    }

    [Fact]
    public async Task An_on_session_confirmation_of_3184_redirects_to_authentication_and_back()
    {
        var client = sandbox.Client();
        var service = new PaymentIntentService(client);
        var pi = await service.CreateAsync(new PaymentIntentCreateOptions { Amount = 500, Currency = "eur" });
        Assert.Equal("requires_payment_method", pi.Status);

        var pending = await service.ConfirmAsync(pi.Id, new PaymentIntentConfirmOptions
        {
            PaymentMethod = "pm_card_authenticationRequired", ReturnUrl = "https://shop.example/return",
        });

        Assert.Equal("requires_action", pending.Status);
        Assert.Equal("redirect_to_url", pending.NextAction.Type);
        Assert.Equal("https://shop.example/return", pending.NextAction.RedirectToUrl.ReturnUrl);
        var page = pending.NextAction.RedirectToUrl.Url;
        Assert.Contains("Complete authentication", await Checkout.HtmlAsync(await sandbox.Browser.GetAsync(page)));
        var back = await sandbox.Browser.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["outcome"] = "complete" }));
        Assert.Equal(HttpStatusCode.SeeOther, back.StatusCode);
        Assert.Equal($"https://shop.example/return?payment_intent={pi.Id}", back.Headers.Location!.ToString());
        Assert.Equal("succeeded", (await service.GetAsync(pi.Id)).Status);
    }

    [Fact]
    public async Task A_payment_intent_can_be_cancelled_once()
    {
        var service = new PaymentIntentService(sandbox.Client());
        var pi = await service.CreateAsync(new PaymentIntentCreateOptions { Amount = 500, Currency = "usd" });

        var cancelled = await service.CancelAsync(pi.Id);

        Assert.Equal("canceled", cancelled.Status);
        var error = await Assert.ThrowsAsync<StripeException>(() => service.CancelAsync(pi.Id));
        Assert.Equal("payment_intent_unexpected_state", error.StripeError.Code);
    }

    [Fact]
    public async Task Payment_methods_attach_list_and_detach()
    {
        var client = sandbox.Client();
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions());
        var methods = new PaymentMethodService(client);

        var card = await methods.AttachAsync("pm_card_visa", new PaymentMethodAttachOptions { Customer = customer.Id });

        Assert.Equal(customer.Id, card.CustomerId);
        Assert.Equal(card.Id, Assert.Single((await new CustomerPaymentMethodService(client).ListAsync(customer.Id)).Data).Id);
        var detached = await methods.DetachAsync(card.Id);
        Assert.Null(detached.CustomerId);
        Assert.Empty((await methods.ListAsync(new PaymentMethodListOptions { Customer = customer.Id, Type = "card" })).Data);
    }

    [Fact]
    public async Task Setup_intents_are_created_confirmed_and_retrieved()
    {
        var client = sandbox.Client();
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions());
        var service = new SetupIntentService(client);

        var si = await service.CreateAsync(new SetupIntentCreateOptions { Customer = customer.Id, Usage = "off_session" });
        var confirmed = await service.ConfirmAsync(si.Id, new SetupIntentConfirmOptions { PaymentMethod = "pm_card_visa" });

        Assert.Equal("requires_payment_method", si.Status);
        Assert.Equal("succeeded", confirmed.Status);
        Assert.Equal("succeeded", (await service.GetAsync(si.Id)).Status);
        Assert.Equal(customer.Id, (await new PaymentMethodService(client).GetAsync(confirmed.PaymentMethodId)).CustomerId);
    }
}
