using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Recipes;

[Collection(AppCollection.Name)]
public sealed class SubscriptionPlansStepTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_test_recipe_gives_the_coffee_its_plans_and_the_box_its_settings()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var box = await app.ProductAsync(shop, PlanShops.Box);

        var plans = await app.PlansAsync(shop, coffee.Id);
        var settings = await app.SettingsAsync(shop, box.Id);
        var boxPlan = Assert.Single(await app.PlansAsync(shop, box.Id));

        Assert.Equal(
            [("Monthly", 1, IntervalUnit.Month, 1, 14, 0), ("Every 2 weeks", 2, IntervalUnit.Week, 2, 0, 10)],
            plans.Select(p => (p.Name, p.Position, p.IntervalUnit, p.IntervalCount, p.TrialDays, p.DiscountPercent)));
        Assert.All(plans, p => Assert.True(p.IsActive));
        Assert.Null(await app.SettingsAsync(shop, coffee.Id));
        Assert.Equal((true, true, (int?)3, (int?)5), (settings!.SubscriptionOnly, settings.IsBox, settings.BoxSize, settings.BoxCutoffDays));
        Assert.NotNull(settings.BoxCollectionId);
        Assert.Equal((500L, "EUR"), (boxPlan.SetupFeeMinor, boxPlan.Currency));
    }

    [Fact]
    public async Task The_sample_recipe_offers_plans_on_its_blends()
    {
        var shop = await app.CreateShopAsync(recipe: "sample");
        var blend = await app.ProductAsync(shop, "house-espresso-blend");

        var plans = await app.PlansAsync(shop, blend.Id);

        Assert.Equal(["Monthly", "Every 2 weeks"], plans.Select(p => p.Name));
        Assert.Equal("USD", plans[0].Currency);
    }

    [Theory]
    [InlineData("""{ "products": [{ "product": "no-such-coffee", "plans": [] }] }""", "entry 1 “no-such-coffee”: there is no product with this slug")]
    [InlineData("""{ "products": [{ "product": "subscription-coffee", "plans": [{ "name": "Weekly", "interval": "week", "trialdays": 7 }] }] }""", "entry 1: unknown property 'trialdays'")]
    [InlineData("""{ "products": [{ "product": "subscription-coffee", "plans": [{ "name": "Weekly", "interval": "fortnight" }] }] }""", "plans[0].interval: Choose days, weeks, months or years.")]
    [InlineData("""{ "products": [{ "product": "subscription-coffee", "plans": [{ "name": "Weekly", "interval": "week", "intervalCount": 60 }] }] }""", "plans[0].intervalCount: Enter a whole number of weeks from 1 to 52.")]
    [InlineData("""{ "products": [{ "product": "subscription-coffee", "box": { "size": 3, "collection": "nope" }, "plans": [{ "name": "Monthly", "interval": "month" }] }] }""", "boxCollection: Choose one of your collections.")]
    [InlineData("""{ "products": [{ "product": "subscription-coffee", "plans": [{ "name": "Weekly", "interval": "week" }] }, { "product": " " }] }""", "entry 2: 'product' must name a product")]
    [InlineData("""{ "plans": [] }""", "subscriptionPlans: the step needs a 'products' array.")]
    public async Task Bad_entries_are_refused_with_a_clear_message_and_change_nothing(string json, string message)
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var before = await app.PlansAsync(shop, coffee.Id);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunStepAsync(shop, json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Select(p => (p.Id, p.Name)), (await app.PlansAsync(shop, coffee.Id)).Select(p => (p.Id, p.Name)));
    }

    [Fact]
    public async Task A_good_entry_replaces_the_products_plans()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);

        await RunStepAsync(shop, """{ "products": [{ "product": "subscription-coffee", "subscriptionOnly": true, "plans": [{ "name": "Yearly", "interval": "year", "fixedPrice": "199.00", "active": true }] }] }""");

        var plan = Assert.Single(await app.PlansAsync(shop, coffee.Id));
        Assert.Equal(("Yearly", IntervalUnit.Year, 19900L), (plan.Name, plan.IntervalUnit, plan.FixedPriceMinor));
        Assert.True((await app.SettingsAsync(shop, coffee.Id))!.SubscriptionOnly);
    }

    private Task RunStepAsync(TestShop shop, string json) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, async services =>
        {
            using var document = JsonDocument.Parse(json);
            var step = services.GetServices<IRecipeStep>().Single(s => s.Name == "subscriptionPlans");
            await step.ExecuteAsync(document.RootElement, new RecipeContext(services, shop.OwnerEmail), CancellationToken.None);
        });
}
