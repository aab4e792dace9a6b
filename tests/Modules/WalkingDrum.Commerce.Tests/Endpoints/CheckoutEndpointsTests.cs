using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Core.Identity;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>
/// The checkout from cart to confirmation on an app the sandbox cannot deliver webhooks to: the
/// success page itself must ask the sandbox and record the order.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CheckoutEndpointsTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_shopper_pays_with_a_coupon_and_sees_the_order_before_any_webhook()
    {
        var shop = await app.CreateShopAsync();
        await ShopperCheckout.SetEuropeanRatesAsync(app, shop);
        var product = await app.SaveProductAsync(shop, Catalog.Sized("Kenya AA", ("250 g", "25.00", "KEN-250", 10)));
        var variant = product.Variants[0].Id;
        await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("WELCOME10", 10));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, variant, 2);
        await ShopperCart.PostAsync(client, "cart/coupon", ("code", "welcome10"));

        var page = await client.GetStringAsync("checkout?country=FR");
        var payment = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form());
        var back = await ShopperCheckout.PayAsync(payment);
        using var confirmation = await client.GetAsync(back);
        var html = await confirmation.Content.ReadAsStringAsync();
        using var again = await client.GetAsync(back);

        // 50.00 − 10 % = 45.00, below the 60.00 threshold: shipping 5.00; VAT 20 % of 50.00 = 10.00.
        Assert.Contains("<dt>Discount (WELCOME10)</dt><dd>−€5.00</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Shipping (Standard)</dt><dd>€5.00</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>VAT 20 %</dt><dd>€10.00</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Total</dt><dd>€60.00</dd>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains("Order #1001", html, StringComparison.Ordinal);
        Assert.Contains("Test order:", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Total paid</dt><dd>€60.00</dd>", html, StringComparison.Ordinal);
        Assert.Equal("no-store, private", confirmation.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var order = Assert.Single(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(1001, order.Number);
        Assert.True(order.IsTest);
        Assert.Equal(("ada@example.com", 6000L, 5000L, 500L, 500L, 1000L), (order.Email, order.TotalMinor, order.SubtotalMinor, order.DiscountMinor, order.ShippingMinor, order.TaxMinor));
        Assert.Equal(("WELCOME10", "Standard", "VAT 20 %"), (order.CouponCode, order.ShippingMethod, order.TaxLabel));
        Assert.Equal(new PostalAddress("Ada Lovelace", "12 rue de la Paix", "", "Paris", "", "75002", "FR"), order.ShippingAddress);
        var line = Assert.Single(order.Lines);
        Assert.Equal(("Kenya AA — 250 g", "KEN-250", 2, 2500L, 5000L), (line.Title, line.Sku, line.Quantity, line.UnitPriceMinor, line.LineTotalMinor));
        Assert.Empty(order.Notes);
        Assert.Equal(8, await ShopperCheckout.StockAsync(app, shop, variant));
        Assert.Equal(1, await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().Select(c => c.TimesRedeemed).SingleAsync()));
        Assert.Equal(0, await ShopperCart.CountAsync(client));

        var email = await Mailbox.WaitForMessageAsync(app, shop.Name, "ada@example.com");
        Assert.Contains($"[Test] Your Store {shop.Name} order #1001", email, StringComparison.Ordinal);
        Assert.Single(Mailbox.Messages(app, shop.Name), m => m.Contains("order #1001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submitting_the_same_checkout_twice_opens_one_payment_page()
    {
        var (shop, client) = await ShopWithCartAsync();

        var first = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form());
        var second = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form());
        var otherAddress = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form(("line1", "1 place Vendôme")));

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherAddress);
        Assert.Equal(2, await app.InShopAsync(shop.Tenant, db => db.Set<CheckoutDraft>().CountAsync()));
    }

    [Fact]
    public async Task Bad_details_are_named_inline_and_nothing_is_written()
    {
        var (shop, client) = await ShopWithCartAsync();
        var before = await app.Database.CountsAsync("checkout_drafts", "orders", "users");

        using var empty = await ShopperCheckout.SubmitAsync(client, []);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        using var elsewhere = await ShopperCheckout.SubmitAsync(client, ShopperCheckout.Form(("country", "US"), ("email", "ada@")));
        var elsewhereHtml = await elsewhere.Content.ReadAsStringAsync();
        using var forged = await client.PostAsync("checkout", new FormUrlEncodedContent(ShopperCheckout.Form()));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        foreach (var message in new[] { "Enter your email address", "Enter the recipient’s name.", "Enter the street address.", "Enter the town or city.", "Enter the postal code.", "Choose the country we ship to." })
        {
            Assert.Contains(message, emptyHtml, StringComparison.Ordinal);
        }

        Assert.Contains("id=\"email-error\"", emptyHtml, StringComparison.Ordinal);
        foreach (var field in new[] { "email", "name", "line1", "line2", "city", "region", "postal_code", "country" })
        {
            Assert.Contains($"<label for=\"{field}\">", emptyHtml, StringComparison.Ordinal);
        }

        Assert.Contains("aria-invalid=\"true\"", emptyHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("Sorry, we don’t ship to United States yet.", elsewhereHtml, StringComparison.Ordinal);
        Assert.Contains("Enter an email address like name@example.com.", elsewhereHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Ada Lovelace\"", elsewhereHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await app.Database.CountsAsync("checkout_drafts", "orders", "users"));
    }

    [Fact]
    public async Task An_empty_cart_is_sent_back_to_the_cart()
    {
        var shop = await app.CreateShopAsync();
        var client = shop.Client();

        using var page = await client.GetAsync("checkout");
        using var posted = await ShopperCart.PostAsync(client, "checkout", [.. ShopperCheckout.Form().Select(f => (f.Key, f.Value))]);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.EndsWith("/cart", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("Your cart is empty.", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SandboxCards.Declined, "Your card was declined.")]
    [InlineData(SandboxCards.Expired, "Your card has expired.")]
    [InlineData(SandboxCards.IncorrectCvc, "Your card&#39;s security code is incorrect.")]
    public async Task A_declined_card_says_why_and_makes_no_order(string card, string message)
    {
        var (shop, client) = await ShopWithCartAsync();
        var payment = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form());
        var session = payment.Segments[^1];

        using var declined = await SandboxCards.PayAsync(payment, card);
        var declinedHtml = await declined.Content.ReadAsStringAsync();
        using var complete = await client.GetAsync($"checkout/complete?session_id={session}");
        var completeHtml = await complete.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Contains(message, declinedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Contains("Confirming your payment", completeHtml, StringComparison.Ordinal);
        Assert.Empty(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(1, await ShopperCart.CountAsync(client));
    }

    [Fact]
    public async Task A_shopper_can_create_an_account_at_checkout_and_the_order_is_theirs()
    {
        var (shop, client) = await ShopWithCartAsync();

        using var taken = await ShopperCheckout.SubmitAsync(client, ShopperCheckout.Form(("email", TestShop.CustomerEmail), ("create_account", "on"), ("password", "Grace-Passw0rd")));
        using var weak = await ShopperCheckout.SubmitAsync(client, ShopperCheckout.Form(("create_account", "on"), ("password", "short")));
        var payment = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form(("create_account", "on"), ("password", "Grace-Passw0rd")));
        var back = await ShopperCheckout.PayAsync(payment);
        using var confirmation = await client.GetAsync(back);

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("This email already has an account", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("id=\"password-error\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (userId, roles) = await app.InShopAsync(shop.Tenant, async db =>
        {
            var user = await db.Set<ShopUser>().SingleAsync(u => u.Email == "ada@example.com");
            var roleNames = await db.Set<ShopUserRole>().Where(r => r.UserId == user.Id)
                .Join(db.Set<ShopRole>(), r => r.RoleId, role => role.Id, (_, role) => role.Name).ToListAsync();
            return (user.Id, roleNames);
        });
        Assert.Equal([Roles.Customer], roles);
        Assert.Equal(userId, Assert.Single(await ShopperCheckout.OrdersAsync(app, shop)).UserId);
    }

    [Fact]
    public async Task Only_the_shop_that_took_the_payment_shows_its_order()
    {
        var (shop, client) = await ShopWithCartAsync();
        var other = await app.CreateShopAsync();
        var back = await ShopperCheckout.PayAsync(await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form()));
        var session = System.Web.HttpUtility.ParseQueryString(back.Query)["session_id"];

        using var elsewhere = await other.Client().GetAsync($"checkout/complete?session_id={session}");
        using var unknown = await client.GetAsync("checkout/complete?session_id=cs_test_nothing");
        using var missing = await client.GetAsync("checkout/complete");

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(await ShopperCheckout.OrdersAsync(app, other));
        Assert.Empty(await ShopperCheckout.OrdersAsync(app, shop));
    }

    [Fact]
    public async Task Without_rates_the_shop_ships_free_and_adds_no_tax()
    {
        var (shop, client) = await ShopWithCartAsync(rates: false);

        var page = await client.GetStringAsync("checkout?country=JP");
        var back = await ShopperCheckout.PayAsync(await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form(("country", "JP"), ("postal_code", "100-0001"))));
        using (await client.GetAsync(back))
        {
        }

        Assert.Contains("Free shipping on every order.", page, StringComparison.Ordinal);
        var order = Assert.Single(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal((1250L, 0L, 0L, "Free shipping"), (order.TotalMinor, order.ShippingMinor, order.TaxMinor, order.ShippingMethod));
    }

    private async Task<(TestShop Shop, HttpClient Client)> ShopWithCartAsync(bool rates = true)
    {
        var shop = await app.CreateShopAsync();
        if (rates)
        {
            await ShopperCheckout.SetEuropeanRatesAsync(app, shop);
        }
        else
        {
            await ShopperCheckout.SetRatesAsync(app, shop, [], []);
        }

        var product = await app.SaveProductAsync(shop, Catalog.Simple("House blend", "12.50"));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);
        return (shop, client);
    }
}
