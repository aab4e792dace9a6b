using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Tenants.Recipes;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Recipes;

[Collection(CartCollection.Name)]
public sealed class CouponsStepTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_sample_recipe_opens_a_shop_with_its_coupons()
    {
        var shop = await app.CreateShopAsync(recipe: "sample");

        var coupons = await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().AsNoTracking().OrderBy(c => c.NormalizedCode).ToListAsync());

        Assert.Equal(["BREW5", "WELCOME10"], coupons.Select(c => c.Code));
        Assert.Equal((CouponKind.FixedAmount, 500L, 3000L, CouponDuration.Repeating, 3), (coupons[0].Kind, coupons[0].AmountOff!.Value.MinorUnits, coupons[0].MinimumSubtotal!.Value.MinorUnits, coupons[0].Duration, coupons[0].DurationCycles!.Value));
        Assert.Equal((CouponKind.Percent, 10, 500), (coupons[1].Kind, coupons[1].PercentOff!.Value, coupons[1].RedemptionLimit!.Value));
    }

    [Theory]
    [InlineData("""{ "code": "BAD CODE", "percentOff": 10 }""", "coupons: coupon 1 “BAD CODE”: Code:")]
    [InlineData("""{ "code": "A", "percentOff": 500 }""", "Value: Enter a whole percentage from 1 to 100.")]
    [InlineData("""{ "code": "A", "percentOff": 5 }, { "code": "a", "amountOff": "1.00" }""", "coupon 2 “a”: Code: This shop already has that code")]
    [InlineData("""{ "code": "A", "percentOff": true }""", "coupons: coupon 1: 'percentOff' must be a string.")]
    public async Task Bad_coupons_fail_the_recipe_with_where_and_why(string items, string message)
    {
        var shop = await app.CreateShopAsync();
        var step = JsonDocument.Parse($$"""{ "name": "coupons", "coupons": [ {{items}} ] }""").RootElement.Clone();

        var failure = await app.InShopAsync<RecipeException?>(shop, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            try
            {
                await services.GetRequiredService<RecipeRunner>().RunAsync(
                    new Recipe("coupon-test", "Coupon test", "", false, [step]), new RecipeContext(services, shop.OwnerEmail), CancellationToken.None);
                await transaction.CommitAsync();
                return null;
            }
            catch (RecipeException ex)
            {
                return ex;
            }
        });

        Assert.NotNull(failure);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().CountAsync()));
    }
}
