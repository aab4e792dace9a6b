using System.Net;
using System.Text.Json;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Endpoints;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Orders;

/// <summary>
/// Checkouts with lines bought with a purchase option, through the sandbox over real HTTP with
/// every event delivered three times: the card is saved with the payment (or alone when nothing is
/// due), the order keeps the option, and the order-placed handlers hear of each order once.
/// </summary>
[Collection(PurchaseOptionCollection.Name)]
public sealed class PurchaseOptionCheckoutTests(PurchaseOptionApp app)
{
    private static readonly TestPlan Fortnightly = new("every-2-weeks", "Every 2 weeks · 10% off", 1800, 1800, "Then €18.00 every 2 weeks.");
    private static readonly TestPlan Trial = new("trial-monthly", "Monthly · 14-day trial", 0, 2000, "Then €20.00 every month after a 14-day trial.");

    [Fact]
    public async Task Paying_with_4242_saves_the_card_keeps_the_option_and_tells_the_handler_once()
    {
        var (shop, client, product) = await ShopAsync(Fortnightly);
        await ShopperCheckout.SetEuropeanRatesAsync(app, shop);
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);
        using (var added = await CartPurchaseOptionTests.AddAsync(client, product.Variants[0].Id, Fortnightly.Key))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var checkoutPage = WebUtility.HtmlDecode(await client.GetStringAsync("checkout"));
        Assert.Contains("Then €18.00 every 2 weeks.", checkoutPage, StringComparison.Ordinal);
        var paymentPage = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form());
        var back = await ShopperCheckout.PayAsync(paymentPage);
        await ShopperCheckout.WaitForOrdersAsync(app, shop);
        await KestrelShops.SettledAsync(app, shop);
        using var confirmation = await client.GetAsync(back);

        var order = Assert.Single(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Equal([(null, 2000L), (Fortnightly.Key, 1800L)], order.Lines.OrderBy(l => l.Position).Select(l => (l.PurchaseOption, l.LineTotalMinor)));
        Assert.Empty(order.Notes);
        var placed = Assert.Single(app.Placed.Of(shop));
        Assert.Equal((order.Id, order.Number, "ada@example.com"), (placed.OrderId, placed.Number, placed.Email));
        Assert.Equal([null, Fortnightly.Key], placed.Lines.Select(l => l.PurchaseOption));
        Assert.Equal((2000L, 1800L), (placed.Lines[1].UnitPrice.MinorUnits, placed.Lines[1].PaidNow.MinorUnits));
        Assert.Equal(order.PaymentId, placed.Completion.PaymentId);
        Assert.StartsWith("pi_", placed.Completion.PaymentId, StringComparison.Ordinal);
        Assert.Equal(order.TotalMinor, placed.Completion.AmountPaid.MinorUnits);
        Assert.StartsWith(app.KestrelAddress!.ToString(), placed.StorefrontUrl, StringComparison.Ordinal);
        await AssertCardSavedAsync(shop, placed.Completion.CustomerId, placed.Completion.PaymentMethodId);
        Assert.Equal("payment", await SessionModeAsync(shop, order.CheckoutSessionId));
    }

    [Fact]
    public async Task Nothing_due_opens_a_setup_page_that_saves_the_card_and_records_a_free_order()
    {
        var (shop, client, product) = await ShopAsync(Trial);
        await ShopperCheckout.SetRatesAsync(app, shop, [], []);
        using (var added = await CartPurchaseOptionTests.AddAsync(client, product.Variants[0].Id, Trial.Key))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var back = await ShopperCheckout.PayAsync(await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form()));
        using var confirmation = await client.GetAsync(back);
        await KestrelShops.SettledAsync(app, shop);

        var order = Assert.Single(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains($"Order #{order.Number}", await confirmation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((0L, ""), (order.TotalMinor, order.PaymentId));
        Assert.Equal(Trial.Key, Assert.Single(order.Lines).PurchaseOption);
        Assert.Empty(order.Notes);
        var placed = Assert.Single(app.Placed.Of(shop));
        Assert.Equal(("", 0L), (placed.Completion.PaymentId, placed.Completion.AmountPaid.MinorUnits));
        await AssertCardSavedAsync(shop, placed.Completion.CustomerId, placed.Completion.PaymentMethodId);
        Assert.Equal("setup", await SessionModeAsync(shop, order.CheckoutSessionId));
    }

    [Fact]
    public async Task A_handler_that_throws_leaves_no_order_and_the_event_is_retried()
    {
        var (shop, client, product) = await ShopAsync(Fortnightly);
        await ShopperCheckout.SetEuropeanRatesAsync(app, shop);
        using (var added = await CartPurchaseOptionTests.AddAsync(client, product.Variants[0].Id, Fortnightly.Key))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        app.Placed.FailuresLeft[shop.Tenant.Id] = 2;
        var back = await ShopperCheckout.PayAsync(await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form()));
        using var pending = await client.GetAsync(back);
        await WaitForFailuresAsync(shop, 2);

        Assert.Empty(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        Assert.Contains("still recording your order", WebUtility.HtmlDecode(await pending.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await ShopperCart.CountAsync(client));

        // The inbox tries again a few seconds later, when the handler no longer refuses.
        var order = Assert.Single(await ShopperCheckout.WaitForOrdersAsync(app, shop));
        await KestrelShops.SettledAsync(app, shop);
        Assert.Equal(order.Id, Assert.Single(app.Placed.Of(shop)).OrderId);
        Assert.Single(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(0, await ShopperCart.CountAsync(client));
    }

    private async Task<(TestShop Shop, HttpClient Client, Product Product)> ShopAsync(TestPlan plan)
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Kenya AA", "20.00"));
        app.Plans.Offer(shop, product.Id, plan);
        return (shop, KestrelShops.Client(app, shop), product);
    }

    private async Task WaitForFailuresAsync(TestShop shop, int count)
    {
        for (var i = 0; i < 150 && app.Placed.Failures.GetValueOrDefault(shop.Tenant.Id) < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(count, app.Placed.Failures.GetValueOrDefault(shop.Tenant.Id));
    }

    // The processor's own record: the card belongs to the customer the completion names.
    private async Task AssertCardSavedAsync(TestShop shop, string? customerId, string? paymentMethodId)
    {
        Assert.StartsWith("cus_", customerId, StringComparison.Ordinal);
        Assert.StartsWith("pm_", paymentMethodId, StringComparison.Ordinal);
        using var sandbox = await SandboxControls.SandboxClientAsync(app, shop);
        using var card = JsonDocument.Parse(await sandbox.GetStringAsync($"/v1/payment_methods/{paymentMethodId}"));
        Assert.Equal(customerId, card.RootElement.GetProperty("customer").GetString());
    }

    private async Task<string?> SessionModeAsync(TestShop shop, string sessionId)
    {
        using var sandbox = await SandboxControls.SandboxClientAsync(app, shop);
        using var session = JsonDocument.Parse(await sandbox.GetStringAsync($"/v1/checkout/sessions/{sessionId}"));
        return session.RootElement.GetProperty("mode").GetString();
    }
}
