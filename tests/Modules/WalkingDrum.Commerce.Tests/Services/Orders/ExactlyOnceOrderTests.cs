using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Orders;

/// <summary>
/// Orders made from the sandbox's webhooks over real HTTP, each event delivered three times in
/// shuffled order: one order, one email, one stock decrement, one coupon use — whoever comes first.
/// </summary>
[Collection(KestrelCheckoutCollection.Name)]
public sealed class ExactlyOnceOrderTests(KestrelCheckoutApp app)
{
    [Fact]
    public async Task Three_shuffled_deliveries_of_every_event_make_one_order()
    {
        var (shop, client, variant) = await ShopWithCartAsync(quantity: 3);
        await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Fixed("FIVE", "5.00"));
        await ShopperCart.PostAsync(client, "cart/coupon", ("code", "FIVE"));

        var back = await ShopperCheckout.PayAsync(await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form()));
        var orders = await ShopperCheckout.WaitForOrdersAsync(app, shop);
        await SandboxControls.WaitForDeliveriesAsync(app, shop);
        await KestrelShops.InboxDrainedAsync(app, shop);
        using var confirmation = await client.GetAsync(back);

        var order = Assert.Single(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(orders[0].Id, order.Id);
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains($"Order #{order.Number}", await confirmation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await ShopperCheckout.StockAsync(app, shop, variant));
        Assert.Equal(1, await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().Select(c => c.TimesRedeemed).SingleAsync()));
        await Mailbox.WaitForMessageAsync(app, shop.Name, "ada@example.com");
        Assert.Single(Mailbox.Messages(app, shop.Name), m => m.Contains("To: ada@example.com", StringComparison.Ordinal));
        Assert.Equal(0, await ShopperCart.CountAsync(client));
    }

    [Fact]
    public async Task The_success_page_and_the_webhooks_racing_still_make_one_order()
    {
        var (shop, client, variant) = await ShopWithCartAsync(quantity: 2);

        var back = await ShopperCheckout.PayAsync(await ShopperCheckout.StartPaymentAsync(client, ShopperCheckout.Form()));
        var pages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync(back)));
        await SandboxControls.WaitForDeliveriesAsync(app, shop);
        await KestrelShops.InboxDrainedAsync(app, shop);

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.StatusCode));
        Assert.Single(await ShopperCheckout.OrdersAsync(app, shop));
        Assert.Equal(8, await ShopperCheckout.StockAsync(app, shop, variant));
        await Mailbox.WaitForMessageAsync(app, shop.Name, "ada@example.com");
        Assert.Single(Mailbox.Messages(app, shop.Name), m => m.Contains("To: ada@example.com", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            page.Dispose();
        }
    }

    private async Task<(TestShop Shop, HttpClient Client, Guid Variant)> ShopWithCartAsync(int quantity)
    {
        var shop = await app.CreateShopAsync();
        await ShopperCheckout.SetEuropeanRatesAsync(app, shop);
        var product = await app.SaveProductAsync(shop, Catalog.Sized("Kenya AA", ("250 g", "25.00", "KEN-250", 10)));
        var client = KestrelShops.Client(app, shop);
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id, quantity);
        return (shop, client, product.Variants[0].Id);
    }
}
