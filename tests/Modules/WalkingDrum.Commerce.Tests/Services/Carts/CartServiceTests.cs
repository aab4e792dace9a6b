using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Money;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Carts;

/// <summary>What checkout relies on: the priced cart of the request's shopper, and clearing it.</summary>
[Collection(CartCollection.Name)]
public sealed class CartServiceTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Checkout_reads_the_signed_in_shoppers_priced_cart_and_clears_it()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Sized("Kenya AA", ("250 g", "9.50", "KEN-250", 10), ("1 kg", "32.00", "KEN-1K", 10)));
        await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("TEN", 10));
        var customer = await app.InShopAsync(shop.Tenant, db => db.Set<ShopUser>().Where(u => u.Email == TestShop.CustomerEmail).Select(u => u.Id).SingleAsync());

        var priced = await AsShopperAsync(shop, customer, async carts =>
        {
            Assert.True((await carts.AddAsync(product.Variants[0].Id.ToString(), "3", null, CancellationToken.None)).Succeeded);
            Assert.True((await carts.AddAsync(product.Variants[1].Id.ToString(), "1", null, CancellationToken.None)).Succeeded);
            Assert.True((await carts.ApplyCouponAsync("ten", CancellationToken.None)).Succeeded);
            return await carts.ReadAsync(CancellationToken.None);
        });
        var cleared = await AsShopperAsync(shop, customer, async carts =>
        {
            await carts.ClearAsync(CancellationToken.None);
            return await carts.ReadAsync(CancellationToken.None);
        });

        Assert.Equal("EUR", priced.Currency);
        Assert.Equal([new Amount(950, "EUR"), new Amount(3200, "EUR")], priced.Lines.Select(l => l.UnitPrice));
        Assert.Equal([new Amount(2850, "EUR"), new Amount(3200, "EUR")], priced.Lines.Select(l => l.LineTotal));
        Assert.Equal(["Kenya AA — 250 g", "Kenya AA — 1 kg"], priced.Lines.Select(l => l.Title));
        Assert.Equal(new Amount(6050, "EUR"), priced.Subtotal);
        Assert.Equal(new Amount(605, "EUR"), priced.Discount);
        Assert.Equal(new Amount(5445, "EUR"), priced.Total);
        Assert.Equal(("TEN", null), (priced.Coupon!.Code, priced.Coupon.Problem));
        Assert.Equal(4, priced.ItemCount);
        Assert.True(cleared.IsEmpty);
        Assert.Null(cleared.Coupon);
        Assert.Equal(Amount.Zero("EUR"), cleared.Total);
    }

    [Fact]
    public async Task A_cart_is_cleared_by_id_outside_a_request()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Blend", "10.00"));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id, 2);
        var cartId = await app.InShopAsync(shop.Tenant, db => db.Set<Commerce.Models.Cart>().Select(c => c.Id).SingleAsync());

        await app.InShopAsync(shop, async services =>
        {
            await services.GetRequiredService<CartService>().ClearAsync(cartId, CancellationToken.None);
            return true;
        });

        Assert.Equal(0, await ShopperCart.CountAsync(client));
        Assert.Empty(Assert.Single(await ShopperCart.StoredAsync(app, shop)).Lines);
    }

    // Runs inside the shop's scope as if a request of the signed-in user were being served.
    private Task<T> AsShopperAsync<T>(TestShop shop, Guid userId, Func<CartService, Task<T>> work) =>
        app.InShopAsync(shop, async services =>
        {
            var accessor = services.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = new DefaultHttpContext
            {
                RequestServices = services,
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "test")),
            };
            try
            {
                return await work(services.GetRequiredService<CartService>());
            }
            finally
            {
                accessor.HttpContext = null;
            }
        });
}
