using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>Discount codes through the cart page's forms.</summary>
[Collection(CartCollection.Name)]
public sealed class CartCouponTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_code_applies_in_any_letter_case_shows_the_discount_and_can_be_removed()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Blend", "19.99"));
        await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("Summer15", 15));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);

        var applied = await ShopperCart.PostAsync(client, "cart/coupon", ("code", " summer15 "));
        var html = await client.GetStringAsync("cart");
        var removed = await ShopperCart.PostAsync(client, "cart/coupon/remove");
        var after = await client.GetStringAsync("cart");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Contains("Code <strong>Summer15</strong> applied", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Discount</dt><dd>−€3.00</dd>", html, StringComparison.Ordinal); // 15% of 19.99 = 2.9985
        Assert.Contains("<dt>Total</dt><dd>€16.99</dd>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("<dt>Discount</dt>", after, StringComparison.Ordinal);
        Assert.Contains("<dt>Total</dt><dd>€19.99</dd>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codes_that_cannot_apply_say_why_and_are_not_kept()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Blend", "10.00"));
        await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("OLD", 10, expiresOn: "2020-11-01"));
        await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("USEDUP", 10, limit: "1"));
        await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Fixed("BIG", "5.00", minimum: "30.00"));
        await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().Where(c => c.NormalizedCode == "USEDUP")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TimesRedeemed, 1)));
        var client = shop.Client();
        var empty = await ShopperCart.PostAsync(client, "cart/coupon", ("code", "BIG"));
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);

        var cases = new (string Code, string Message)[]
        {
            ("SUMMER10", "No code SUMMER10 in this shop."),
            ("OLD", "This code expired on 1 Nov 2020."),
            ("USEDUP", "This code has been used the maximum number of times."),
            ("BIG", "Spend at least €30.00 to use this code."),
            ("", "Enter a code."),
            (new string('X', 300), "No code " + new string('X', 40) + "… in this shop."),
            ("<script>alert(1)</script>", "No code &lt;script&gt;alert(1)&lt;/script&gt; in this shop."),
        };
        Assert.Contains("Add something to your cart before using a code.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var (code, message) in cases)
        {
            var response = await ShopperCart.PostAsync(client, "cart/coupon", ("code", code));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Null(await app.InShopAsync(shop.Tenant, db => db.Set<Cart>().Select(c => c.CouponCode).SingleAsync()));
    }

    [Fact]
    public async Task A_kept_code_explains_itself_when_the_cart_falls_below_its_minimum_and_a_deactivated_code_stops()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Blend", "20.00"));
        var coupon = await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Fixed("TENOFF", "10.00", minimum: "30.00"));
        var client = shop.Client();
        var variant = product.Variants[0].Id.ToString();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id, 2);
        Assert.Equal(HttpStatusCode.Redirect, (await ShopperCart.PostAsync(client, "cart/coupon", ("code", "TENOFF"))).StatusCode);
        Assert.Contains("<dt>Total</dt><dd>€30.00</dd>", await client.GetStringAsync("cart"), StringComparison.Ordinal);

        await ShopperCart.PostAsync(client, "cart/update", ("variant", variant), ("quantity", "1"));
        var below = await client.GetStringAsync("cart");
        await ShopperCart.PostAsync(client, "cart/update", ("variant", variant), ("quantity", "2"));
        await app.InShopAsync(shop, services => services.GetRequiredService<CouponService>().DeactivateAsync(coupon.Id, CancellationToken.None));
        var inactive = await client.GetStringAsync("cart");

        Assert.Contains("Code <strong>TENOFF</strong>: Spend at least €30.00 to use this code.", below, StringComparison.Ordinal);
        Assert.Contains("<dt>Total</dt><dd>€20.00</dd>", below, StringComparison.Ordinal);
        Assert.Contains("The code TENOFF is no longer active.", inactive, StringComparison.Ordinal);
        Assert.Contains("<dt>Total</dt><dd>€40.00</dd>", inactive, StringComparison.Ordinal);
    }
}
