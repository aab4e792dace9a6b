using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Subscriptions.Tests.Fixtures;
using WalkingDrum.Tenants.Services;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Plans;

/// <summary>A shop whose plan switches the subscriptions feature off offers no plan anywhere.</summary>
public sealed class SubscriptionsOffTests(SubscriptionsOffApp app) : IClassFixture<SubscriptionsOffApp>
{
    [Fact]
    public async Task Quotes_are_null_no_product_requires_an_option_and_the_product_page_offers_no_plan()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var box = await app.ProductAsync(shop, PlanShops.Box);
        var plan = (await app.PlansAsync(shop, coffee.Id))[0];
        var oneTime = shop.Tenant with { Plan = SubscriptionsOffApp.Plan };
        var runner = app.Services.GetRequiredService<ITenantScopeRunner>();

        var (onQuote, offQuote, offRequired) = await runner.RunAsync(shop.Tenant, async on =>
        {
            var line = new PurchaseOptionRequest(coffee.Id, coffee.Variants[0].Id, plan.Id.ToString("N"), new Amount(2000, "EUR"), 1);
            var quote = (await on.GetRequiredService<IPurchaseOptions>().QuoteAsync([line], CancellationToken.None))[0];
            return await runner.RunAsync(oneTime, async off =>
            {
                var options = off.GetRequiredService<IPurchaseOptions>();
                return (quote, (await options.QuoteAsync([line], CancellationToken.None))[0],
                    await options.RequiringOptionAsync([coffee.Id, box.Id], CancellationToken.None));
            });
        });
        await using (var operatorScope = app.Services.CreateAsyncScope())
        {
            Assert.Null(await operatorScope.ServiceProvider.GetRequiredService<TenantAdministration>().SetPlanAsync(shop.Name, SubscriptionsOffApp.Plan, CancellationToken.None));
        }

        var page = await shop.Client().GetStringAsync($"products/{PlanShops.Coffee}");

        Assert.NotNull(onQuote);
        Assert.Null(offQuote);
        Assert.Empty(offRequired);
        Assert.DoesNotContain("purchase_option", page, StringComparison.Ordinal);
    }
}
