using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Plans;

[Collection(AppCollection.Name)]
public sealed class PlanPurchaseOptionsTests(WalkingDrumApp app)
{
    private static readonly Amount TwentyEuros = new(2000, "EUR");

    private Task<T> WithOptionsAsync<T>(TenantInfo tenant, Func<IPurchaseOptions, Task<T>> work) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, services => work(services.GetRequiredService<IPurchaseOptions>()));

    [Fact]
    public async Task Lines_on_a_plan_are_priced_with_trial_discount_and_setup_fee()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var box = await app.ProductAsync(shop, PlanShops.Box);
        var (monthly, biweekly) = (await app.PlansAsync(shop, coffee.Id)) switch { var p => (p[0], p[1]) };
        var boxPlan = Assert.Single(await app.PlansAsync(shop, box.Id));

        var quotes = await WithOptionsAsync(shop.Tenant, options => options.QuoteAsync(
        [
            new(coffee.Id, coffee.Variants[0].Id, monthly.Id.ToString("N"), TwentyEuros, 2),
            new(coffee.Id, coffee.Variants[0].Id, biweekly.Id.ToString("N"), TwentyEuros, 2),
            new(box.Id, box.Variants[0].Id, boxPlan.Id.ToString("N"), new Amount(3600, "EUR"), 1),
        ], CancellationToken.None));

        Assert.Equal(new PurchaseOptionQuote("Every month", new Amount(0, "EUR"), new Amount(4000, "EUR"), "Then €40.00 every month after a 14-day trial."), quotes[0]);
        Assert.Equal(new PurchaseOptionQuote("Every 2 weeks · 10% off", new Amount(3600, "EUR"), new Amount(3600, "EUR"), "Then €36.00 every 2 weeks."), quotes[1]);
        Assert.Equal((new Amount(4100, "EUR"), new Amount(3600, "EUR")), (quotes[2]!.DueNow, quotes[2]!.Recurring));
    }

    [Fact]
    public async Task Unknown_inactive_and_other_products_plans_and_another_shops_plans_give_no_quote()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var other = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var box = await app.ProductAsync(shop, PlanShops.Box);
        var plans = await app.PlansAsync(shop, coffee.Id);
        var boxPlan = Assert.Single(await app.PlansAsync(shop, box.Id));
        var othersPlan = (await app.PlansAsync(other, (await app.ProductAsync(other, PlanShops.Coffee)).Id))[0];
        await app.InShopAsync(shop.Tenant, db => db.Set<SubscriptionPlan>().Where(p => p.Id == plans[1].Id)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.IsActive, false)));
        PurchaseOptionRequest Line(string option) => new(coffee.Id, coffee.Variants[0].Id, option, TwentyEuros, 1);

        var quotes = await WithOptionsAsync(shop.Tenant, options => options.QuoteAsync(
        [
            Line(Guid.NewGuid().ToString("N")), Line("monthly"), Line(""), Line(plans[1].Id.ToString("N")),
            Line(boxPlan.Id.ToString("N")), Line(othersPlan.Id.ToString("N")), Line(plans[0].Id.ToString("N")),
        ], CancellationToken.None));

        Assert.Equal([true, true, true, true, true, true, false], quotes.Select(q => q is null));
    }

    [Fact]
    public async Task Only_subscription_only_products_with_an_active_plan_require_an_option()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var box = await app.ProductAsync(shop, PlanShops.Box);
        var other = await app.CreateSubscriptionShopAsync();
        var othersBox = await app.ProductAsync(other, PlanShops.Box);

        var required = await WithOptionsAsync(shop.Tenant, options => options.RequiringOptionAsync([coffee.Id, box.Id, othersBox.Id], CancellationToken.None));
        await app.InShopAsync(shop.Tenant, db => db.Set<SubscriptionPlan>().Where(p => p.ProductId == box.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.IsActive, false)));
        var withoutActivePlan = await WithOptionsAsync(shop.Tenant, options => options.RequiringOptionAsync([box.Id], CancellationToken.None));

        Assert.Equal([box.Id], required);
        Assert.Empty(withoutActivePlan);
    }
}
