using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Orders;

/// <summary>
/// The process stopped between a successful call to the payment processor and our own write:
/// after a restart nothing is charged twice and no paid order is lost.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrashRecoveryTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_payment_whose_order_was_never_written_is_recorded_once_after_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = new RestartedApp(database, []);
        await ((IAsyncLifetime)first).InitializeAsync();
        var shop = await first.CreateShopAsync();
        await ShopperCheckout.SetEuropeanRatesAsync(first, shop);
        var product = await first.SaveProductAsync(shop, Catalog.Simple("House blend", "12.50"));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id, 2);

        // Paid, but the webhook cannot reach this app and the shopper never comes back: then it stops.
        await ShopperCheckout.PayAsync(await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form()));
        Assert.Empty(await ShopperCheckout.OrdersAsync(first, shop));
        await ((IAsyncLifetime)first).DisposeAsync();

        var second = new RestartedApp(database, new() { ["Stripe:Inbox:PollSeconds"] = "0.2" });
        await ((IAsyncLifetime)second).InitializeAsync();
        try
        {
            var order = Assert.Single(await ShopperCheckout.WaitForOrdersAsync(second, shop));
            Assert.Equal((3600L, 8), (order.TotalMinor, await ShopperCheckout.StockAsync(second, shop, product.Variants[0].Id)));
            Assert.Equal(1, await SandboxEventCountAsync(second, shop, "payment_intent.succeeded"));
            Assert.Equal(1, await SandboxEventCountAsync(second, shop, "checkout.session.completed"));
            await Mailbox.WaitForMessageAsync(second, shop.Name, "ada@example.com");
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_payment_page_opened_but_not_remembered_is_opened_again_not_twice()
    {
        var shop = await app.CreateShopAsync();
        await ShopperCheckout.SetEuropeanRatesAsync(app, shop);
        var product = await app.SaveProductAsync(shop, Catalog.Simple("House blend", "12.50"));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);

        var opened = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form());
        // As if the process died after the processor answered and before the draft recorded it.
        await app.InShopAsync(shop.Tenant, db => db.Set<CheckoutDraft>()
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.SessionId, (string?)null).SetProperty(d => d.SessionUrl, (string?)null)));
        var reopened = await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form());
        await ShopperCheckout.PayAsync(reopened);
        using (await client.GetAsync($"checkout/complete?session_id={reopened.Segments[^1]}"))
        {
        }

        Assert.Equal(opened, reopened);
        Assert.Single(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(1, await SandboxEventCountAsync(app, shop, "checkout.session.completed"));
    }

    // What the processor itself recorded for the shop's account: the proof that nothing was charged twice.
    private static async Task<int> SandboxEventCountAsync(WalkingDrumApp app, TestShop shop, string type)
    {
        using var client = await SandboxControls.SandboxClientAsync(app, shop);
        using var document = JsonDocument.Parse(await client.GetStringAsync($"/v1/events?type={type}&limit=100"));
        return document.RootElement.GetProperty("data").GetArrayLength();
    }
}
