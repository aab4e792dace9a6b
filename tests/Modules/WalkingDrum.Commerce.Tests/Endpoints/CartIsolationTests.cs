using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>A cart belongs to one shopper of one shop, and cached pages never carry it.</summary>
[Collection(CartCollection.Name)]
public sealed class CartIsolationTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_count_is_never_served_from_the_output_cache()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Cached Blend", "10.00"));
        var first = shop.Client();
        var second = shop.Client();
        await ShopperCart.AddOkAsync(first, product.Variants[0].Id, 3);

        var firstPage = await first.GetStringAsync("products/cached-blend");
        var secondPage = await second.GetStringAsync("products/cached-blend");
        var count = await second.GetAsync("cart/count");

        Assert.Equal(3, await ShopperCart.CountAsync(first));
        Assert.Equal(0, await ShopperCart.CountAsync(second));
        Assert.Equal(3, await ShopperCart.CountAsync(first));
        Assert.Contains("no-store", count.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(firstPage, secondPage);
        Assert.DoesNotContain("class=\"cart-count\"", secondPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shop_b_never_sees_shop_a_cart_coupon_or_variant_and_a_cookie_of_a_is_worthless_in_b()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(a, Catalog.Simple("A Blend", "10.00"));
        await app.SaveProductAsync(b, Catalog.Simple("B Blend", "10.00"));
        await ShopperCart.SaveCouponAsync(app, a, ShopperCart.Percent("ONLYA", 10));
        var shopperA = a.Client();
        var added = await ShopperCart.AddAsync(shopperA, product.Variants[0].Id, "2");
        var cookie = added.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wd_cart=", StringComparison.Ordinal)).Split(';')[0];

        using var stranger = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://localhost/s/{b.Name}/"), AllowAutoRedirect = false, HandleCookies = false,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "cart");
        request.Headers.Add("Cookie", cookie);
        var bCart = await (await stranger.SendAsync(request)).Content.ReadAsStringAsync();
        var shopperB = b.Client();
        await app.SaveProductAsync(b, Catalog.Simple("B Second", "5.00"));
        var variantOfA = await ShopperCart.AddAsync(shopperB, product.Variants[0].Id);

        Assert.Contains("Your cart is empty.", bCart, StringComparison.Ordinal);
        Assert.DoesNotContain("A Blend", bCart, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, variantOfA.StatusCode);
        Assert.Empty(await ShopperCart.StoredAsync(app, b));
        Assert.Equal(2, Assert.Single(await ShopperCart.StoredAsync(app, a)).Lines[product.Variants[0].Id]);

        var bProduct = await app.SaveProductAsync(b, Catalog.Simple("B Third", "40.00"));
        await ShopperCart.AddOkAsync(shopperB, bProduct.Variants[0].Id);
        var coupon = await ShopperCart.PostAsync(shopperB, "cart/coupon", ("code", "onlya"));
        Assert.Contains("No code onlya in this shop.", await coupon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
