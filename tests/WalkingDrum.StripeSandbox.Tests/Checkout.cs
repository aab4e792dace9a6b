using System.Net;
using Stripe;
using Stripe.Checkout;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

/// <summary>Creating Checkout Sessions and filling in the hosted page the way a shopper's browser does.</summary>
public static class Checkout
{
    public const string SuccessUrl = "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}";
    public const string CancelUrl = "https://shop.example/cart";

    public static Task<Session> PaymentSessionAsync(StripeClient client, string? customer = null, string? email = "buyer@example.com",
        string? setupFutureUsage = null) =>
        new SessionService(client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            Customer = customer,
            CustomerEmail = customer is null ? email : null,
            ClientReferenceId = "order-42",
            Metadata = new Dictionary<string, string> { ["order_id"] = "42" },
            LineItems =
            [
                Item("Ethiopia Yirgacheffe 250 g", 1450, 2),
                Item("Paper filters", 400, 1),
            ],
            PaymentIntentData = new SessionPaymentIntentDataOptions
            {
                Description = "Order 42",
                Metadata = new Dictionary<string, string> { ["order_id"] = "42" },
                SetupFutureUsage = setupFutureUsage,
            },
            SuccessUrl = SuccessUrl,
            CancelUrl = CancelUrl,
        });

    public static Task<Session> SetupSessionAsync(StripeClient client, string customer) =>
        new SessionService(client).CreateAsync(new SessionCreateOptions
        {
            Mode = "setup",
            Customer = customer,
            Currency = "usd",
            SuccessUrl = SuccessUrl,
            CancelUrl = CancelUrl,
        });

    public static SessionLineItemOptions Item(string name, long unitAmount, long quantity) => new()
    {
        PriceData = new SessionLineItemPriceDataOptions
        {
            Currency = "usd",
            UnitAmount = unitAmount,
            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = name },
        },
        Quantity = quantity,
    };

    /// <summary>Posts the hosted form with a card, as the page's submit button does.</summary>
    public static Task<HttpResponseMessage> PayAsync(HttpClient browser, string url, string number, string expiry = "12 / 34",
        string cvc = "123", string name = "Ada Lovelace", string? email = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["card_number"] = number, ["card_expiry"] = expiry, ["card_cvc"] = cvc, ["cardholder_name"] = name,
        };
        if (email is not null)
        {
            fields["email"] = email;
        }
        return browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>A customer with a card saved through hosted setup, ready for off-session payments.</summary>
    public static async Task<(Customer Customer, PaymentMethod Card)> SavedCardAsync(StripeClient client, HttpClient browser, string number)
    {
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "saved@example.com" });
        var session = await SetupSessionAsync(client, customer.Id);
        var response = await PayAsync(browser, session.Url, number);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            // Cards that need authentication show the step first; complete it like the shopper would.
            response = await browser.PostAsync(session.Url + "/authenticate",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["outcome"] = "complete" }));
        }
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var cards = await new PaymentMethodService(client).ListAsync(new PaymentMethodListOptions { Customer = customer.Id, Type = "card" });
        return (customer, Assert.Single(cards.Data));
    }
}
