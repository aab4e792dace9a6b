using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Coupons;

[Collection(CartCollection.Name)]
public sealed class CouponRedemptionTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Concurrent_orders_never_redeem_a_code_more_often_than_its_limit()
    {
        var shop = await app.CreateShopAsync();
        var coupon = await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("LIMITED", 10, limit: "3"));

        // Each attempt runs in its own scope and connection, as concurrent checkouts would.
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => app.InShopAsync(shop, services =>
            services.GetRequiredService<CouponRedemptions>().TryRedeemAsync(coupon.Id, CancellationToken.None)))));

        Assert.Equal(3, results.Count(r => r.Redeemed));
        Assert.All(results.Where(r => !r.Redeemed), r => Assert.Equal("This code has been used the maximum number of times.", r.Problem));
        Assert.Equal(3, await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().Where(c => c.Id == coupon.Id).Select(c => c.TimesRedeemed).SingleAsync()));
    }

    [Fact]
    public async Task Unlimited_codes_count_every_use_and_inactive_expired_or_foreign_codes_are_refused()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var open = await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("OPEN", 10));
        var expired = await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("GONE", 10, expiresOn: "2020-01-01"));
        var theirs = await ShopperCart.SaveCouponAsync(app, other, ShopperCart.Percent("THEIRS", 10));

        async Task<CouponRedemption> RedeemAsync(Guid id) =>
            await app.InShopAsync(shop, services => services.GetRequiredService<CouponRedemptions>().TryRedeemAsync(id, CancellationToken.None));

        Assert.True((await RedeemAsync(open.Id)).Redeemed);
        Assert.True((await RedeemAsync(open.Id)).Redeemed);
        Assert.Equal("This code expired on 1 Jan 2020.", (await RedeemAsync(expired.Id)).Problem);
        Assert.Equal("This code no longer exists.", (await RedeemAsync(theirs.Id)).Problem);
        await app.InShopAsync(shop, services => services.GetRequiredService<CouponService>().DeactivateAsync(open.Id, CancellationToken.None));
        Assert.Equal("The code OPEN is no longer active.", (await RedeemAsync(open.Id)).Problem);
        Assert.Equal(0, await app.InShopAsync(other.Tenant, db => db.Set<Coupon>().Select(c => c.TimesRedeemed).SingleAsync()));
        Assert.Equal(2, await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().Where(c => c.Id == open.Id).Select(c => c.TimesRedeemed).SingleAsync()));
    }
}
