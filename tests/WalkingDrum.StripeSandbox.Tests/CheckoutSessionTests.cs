using System.Net;
using Stripe;
using Stripe.Checkout;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class CheckoutSessionTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task A_payment_session_has_Stripes_fields_and_lists_its_line_items()
    {
        var client = sandbox.Client();
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "c@example.com" });

        var session = await Checkout.PaymentSessionAsync(client, customer.Id);
        var items = await new SessionLineItemService(client).ListAsync(session.Id);
        var expanded = await new SessionService(client).GetAsync(session.Id, new SessionGetOptions { Expand = ["customer"] });

        Assert.StartsWith("cs_test_", session.Id);
        Assert.Equal($"{sandbox.Server.BaseAddress}checkout/{session.Id}", session.Url);
        Assert.Equal($"https://shop.example/thanks?session={session.Id}", session.SuccessUrl);
        Assert.Equal(3300, session.AmountSubtotal);
        Assert.Equal("usd", session.Currency);
        Assert.Equal("payment", session.Mode);
        Assert.Null(session.PaymentIntentId);
        Assert.True(session.ExpiresAt > DateTime.UtcNow.AddHours(23));
        Assert.Equal(new[] { "Ethiopia Yirgacheffe 250 g", "Paper filters" }, items.Data.Select(i => i.Description));
        Assert.Equal(1450, items.Data[0].Price.UnitAmount);
        Assert.Equal(2, items.Data[0].Quantity);
        Assert.Equal("c@example.com", expanded.Customer.Email);
    }

    [Fact]
    public async Task A_session_without_line_items_or_with_an_unknown_customer_is_refused()
    {
        var sessions = new SessionService(sandbox.Client());

        var noItems = await Assert.ThrowsAsync<StripeException>(() => sessions.CreateAsync(new SessionCreateOptions
        {
            Mode = "payment", SuccessUrl = Checkout.SuccessUrl,
        }));
        var noCustomer = await Assert.ThrowsAsync<StripeException>(() => sessions.CreateAsync(new SessionCreateOptions
        {
            Mode = "payment", SuccessUrl = Checkout.SuccessUrl, Customer = "cus_nobody", LineItems = [Checkout.Item("x", 100, 1)],
        }));

        Assert.Equal(HttpStatusCode.BadRequest, noItems.HttpStatusCode);
        Assert.Equal("line_items", noItems.StripeError.Param);
        Assert.Equal(HttpStatusCode.NotFound, noCustomer.HttpStatusCode);
        Assert.Equal("customer", noCustomer.StripeError.Param);
    }

    [Fact]
    public async Task A_session_expires_on_request_or_when_its_time_is_up()
    {
        var client = sandbox.Client();
        var sessions = new SessionService(client);
        var first = await Checkout.PaymentSessionAsync(client);
        var second = await sessions.CreateAsync(new SessionCreateOptions
        {
            Mode = "payment", SuccessUrl = Checkout.SuccessUrl, LineItems = [Checkout.Item("x", 100, 1)],
            ExpiresAt = sandbox.Clock.GetUtcNow().UtcDateTime.AddMinutes(31),
        });

        var expired = await sessions.ExpireAsync(first.Id);
        var twice = await Assert.ThrowsAsync<StripeException>(() => sessions.ExpireAsync(first.Id));
        sandbox.Clock.Advance(TimeSpan.FromMinutes(32));

        Assert.Equal("expired", expired.Status);
        Assert.Null(expired.Url);
        Assert.Equal(HttpStatusCode.BadRequest, twice.HttpStatusCode);
        Assert.Equal("expired", (await sessions.GetAsync(second.Id)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await sandbox.Browser.GetAsync(second.Url)).StatusCode);
        Assert.Equal(2, (await new EventService(client).ListAsync(new EventListOptions { Type = "checkout.session.expired" })).Data.Count);
    }
}
