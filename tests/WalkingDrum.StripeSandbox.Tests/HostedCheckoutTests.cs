using System.Net;
using Stripe;
using Stripe.Checkout;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class HostedCheckoutTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task The_page_shows_test_mode_the_items_the_total_and_an_email_field_for_a_guest()
    {
        var client = sandbox.Client();
        var guest = await Checkout.PaymentSessionAsync(client, email: null);
        var known = await Checkout.PaymentSessionAsync(client);

        var html = await Checkout.HtmlAsync(await sandbox.Browser.GetAsync(guest.Url));

        Assert.Contains("Test mode", html);
        Assert.Contains("Ethiopia Yirgacheffe 250 g × 2", html);
        Assert.Contains("$33.00", html);
        Assert.Contains("<label for=\"email\">", html);
        Assert.Contains("<label for=\"card_number\">", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains(Checkout.CancelUrl, html);
        Assert.DoesNotContain("id=\"email\"", await Checkout.HtmlAsync(await sandbox.Browser.GetAsync(known.Url)));
    }

    [Fact]
    public async Task Paying_with_4242_completes_the_session_and_redirects_to_the_success_url()
    {
        var client = sandbox.Client();
        var session = await Checkout.PaymentSessionAsync(client);
        Assert.Equal("open", session.Status);
        Assert.Equal("unpaid", session.PaymentStatus);
        Assert.Equal(3300, session.AmountTotal);

        var response = await Checkout.PayAsync(sandbox.Browser, session.Url, "4242 4242 4242 4242");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"https://shop.example/thanks?session={session.Id}", response.Headers.Location!.ToString());
        var paid = await new SessionService(client).GetAsync(session.Id, new SessionGetOptions { Expand = ["payment_intent", "line_items"] });
        Assert.Equal("complete", paid.Status);
        Assert.Equal("paid", paid.PaymentStatus);
        Assert.Equal("order-42", paid.ClientReferenceId);
        Assert.Equal("42", paid.Metadata["order_id"]);
        Assert.Equal("buyer@example.com", paid.CustomerDetails.Email);
        Assert.Equal(2, paid.LineItems.Data.Count);
        Assert.Equal(2900, paid.LineItems.Data[0].AmountTotal);
        var pi = paid.PaymentIntent;
        Assert.Equal("succeeded", pi.Status);
        Assert.Equal(3300, pi.AmountReceived);
        Assert.Equal("Order 42", pi.Description);
        var charge = await new ChargeService(client).GetAsync(pi.LatestChargeId);
        Assert.Equal("succeeded", charge.Status);
        Assert.Equal("4242", charge.PaymentMethodDetails.Card.Last4);
        var card = await new PaymentMethodService(client).GetAsync(pi.PaymentMethodId);
        Assert.Equal("visa", card.Card.Brand);
        Assert.Equal(12, card.Card.ExpMonth);
        Assert.Equal(2034, card.Card.ExpYear);
        Assert.False(string.IsNullOrEmpty(card.Card.Fingerprint));
        var types = (await new EventService(client).ListAsync()).Data.Select(e => e.Type).ToList();
        Assert.Contains("checkout.session.completed", types);
        Assert.Contains("payment_intent.succeeded", types);
        Assert.Contains("charge.succeeded", types);
        var listed = await new SessionService(client).ListAsync(new SessionListOptions { PaymentIntent = pi.Id });
        Assert.Equal(session.Id, Assert.Single(listed.Data).Id);
    }

    [Theory]
    [InlineData("4000000000000002", "Your card was declined.")]
    [InlineData("4000000000000069", "Your card has expired.")]
    [InlineData("4000000000000127", "Your card's security code is incorrect.")]
    [InlineData("4000000000000119", "An error occurred while processing your card. Try again in a little bit.")]
    [InlineData("4000000000000341", "Your card was declined.")]
    public async Task A_declined_card_shows_Stripes_message_and_keeps_the_session_open(string number, string message)
    {
        var client = sandbox.Client();
        var session = await Checkout.PaymentSessionAsync(client);

        var response = await Checkout.PayAsync(sandbox.Browser, session.Url, number);

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.Contains(message, await Checkout.HtmlAsync(response));
        var open = await new SessionService(client).GetAsync(session.Id, new SessionGetOptions { Expand = ["payment_intent"] });
        Assert.Equal("open", open.Status);
        Assert.Equal("requires_payment_method", open.PaymentIntent.Status);
        Assert.Equal(message, open.PaymentIntent.LastPaymentError.Message);
        Assert.Contains((await new EventService(client).ListAsync()).Data, e => e.Type == "payment_intent.payment_failed");

        var retry = await Checkout.PayAsync(sandbox.Browser, session.Url, "4242424242424242");
        Assert.Equal(HttpStatusCode.SeeOther, retry.StatusCode);
        var paid = await new PaymentIntentService(client).GetAsync(open.PaymentIntent.Id);
        Assert.Equal("succeeded", paid.Status);
    }

    [Theory]
    [InlineData("", "12 / 34", "card_number", "Your card number is incomplete.")]
    [InlineData("4242 4242 4242 4241", "12 / 34", "card_number", "Your card number is invalid.")]
    [InlineData("4242 4242 4242 4242", "01 / 20", "card_expiry", "Your card's expiration year is in the past.")]
    [InlineData("4242 4242 4242 4242", "13 / 30", "card_expiry", "Your card's expiration date is invalid.")]
    public async Task Bad_card_input_shows_an_inline_message_tied_to_its_field_and_charges_nothing(
        string number, string expiry, string field, string message)
    {
        var client = sandbox.Client();
        var session = await Checkout.PaymentSessionAsync(client);

        var response = await Checkout.PayAsync(sandbox.Browser, session.Url, number, expiry);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await Checkout.HtmlAsync(response);
        Assert.Contains($"aria-describedby=\"{field}-error\"", html);
        Assert.Contains($"<p class=\"error\" id=\"{field}-error\">{message}</p>", html);
        Assert.Empty((await new PaymentIntentService(client).ListAsync()).Data);
    }

    [Fact]
    public async Task A_guest_without_an_email_is_asked_for_one()
    {
        var session = await Checkout.PaymentSessionAsync(sandbox.Client(), email: null);

        var response = await Checkout.PayAsync(sandbox.Browser, session.Url, "4242424242424242", email: "not-an-email");

        Assert.Contains("Your email address is invalid.", await Checkout.HtmlAsync(response));
    }

    [Fact]
    public async Task Card_3184_asks_for_authentication_and_completing_it_pays()
    {
        var client = sandbox.Client();
        var session = await Checkout.PaymentSessionAsync(client);

        var step = await Checkout.PayAsync(sandbox.Browser, session.Url, "4000 0027 6000 3184");
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        Assert.Contains("Complete authentication", await Checkout.HtmlAsync(step));
        Assert.Equal("open", (await new SessionService(client).GetAsync(session.Id)).Status);

        var done = await sandbox.Browser.PostAsync(session.Url + "/authenticate", Outcome("complete"));

        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);
        var paid = await new SessionService(client).GetAsync(session.Id, new SessionGetOptions { Expand = ["payment_intent"] });
        Assert.Equal("complete", paid.Status);
        Assert.Equal("succeeded", paid.PaymentIntent.Status);
    }

    [Fact]
    public async Task Failing_authentication_shows_Stripes_message_and_keeps_the_session_open()
    {
        var client = sandbox.Client();
        var session = await Checkout.PaymentSessionAsync(client);
        await Checkout.PayAsync(sandbox.Browser, session.Url, "4000002760003184");

        var failed = await sandbox.Browser.PostAsync(session.Url + "/authenticate", Outcome("fail"));

        Assert.Contains("We are unable to authenticate your payment method.", await Checkout.HtmlAsync(failed));
        Assert.Equal("open", (await new SessionService(client).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task Submitting_a_completed_or_expired_session_again_never_charges()
    {
        var client = sandbox.Client();
        var paid = await Checkout.PaymentSessionAsync(client);
        await Checkout.PayAsync(sandbox.Browser, paid.Url, "4242424242424242");
        var expired = await Checkout.PaymentSessionAsync(client);
        var expiredNow = await new SessionService(client).ExpireAsync(expired.Id);
        Assert.Equal("expired", expiredNow.Status);

        var again = await Checkout.PayAsync(sandbox.Browser, paid.Url, "4242424242424242");
        var late = await Checkout.PayAsync(sandbox.Browser, expired.Url, "4242424242424242");

        Assert.Contains("nothing more is charged", await Checkout.HtmlAsync(again));
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        var charges = (await new EventService(client).ListAsync(new EventListOptions { Type = "charge.succeeded" })).Data;
        Assert.Single(charges);
    }

    [Fact]
    public async Task Setup_future_usage_creates_the_customer_and_saves_the_card()
    {
        var client = sandbox.Client();
        var session = await Checkout.PaymentSessionAsync(client, setupFutureUsage: "off_session");

        await Checkout.PayAsync(sandbox.Browser, session.Url, "4242424242424242");

        var paid = await new SessionService(client).GetAsync(session.Id, new SessionGetOptions { Expand = ["customer"] });
        Assert.Equal("buyer@example.com", paid.Customer.Email);
        var cards = await new CustomerPaymentMethodService(client).ListAsync(paid.CustomerId);
        Assert.Equal("4242", Assert.Single(cards.Data).Card.Last4);
    }

    [Fact]
    public async Task Setup_mode_with_0341_saves_the_card_and_succeeds_the_setup_intent()
    {
        var client = sandbox.Client();
        var (customer, card) = await Checkout.SavedCardAsync(client, sandbox.Browser, "4000000000000341");

        Assert.Equal(customer.Id, card.CustomerId);
        var sessions = await new SessionService(client).ListAsync(new SessionListOptions { Customer = customer.Id, Expand = ["data.setup_intent"] });
        var session = Assert.Single(sessions.Data);
        Assert.Equal("complete", session.Status);
        Assert.Equal("no_payment_required", session.PaymentStatus);
        Assert.Equal("succeeded", session.SetupIntent.Status);
    }

    [Fact]
    public async Task Setup_mode_with_a_declining_card_saves_nothing_and_stays_open()
    {
        var client = sandbox.Client();
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions());
        var session = await Checkout.SetupSessionAsync(client, customer.Id);

        var response = await Checkout.PayAsync(sandbox.Browser, session.Url, "4000000000000002");

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.Contains("Your card was declined.", await Checkout.HtmlAsync(response));
        Assert.Equal("open", (await new SessionService(client).GetAsync(session.Id)).Status);
        Assert.Empty((await new CustomerPaymentMethodService(client).ListAsync(customer.Id)).Data);
    }

    private static FormUrlEncodedContent Outcome(string outcome) => new(new Dictionary<string, string> { ["outcome"] = outcome });
}
