using WalkingDrum.Subscriptions.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Parts;

/// <summary>The purchase choices the part puts on the product page, submitted with its add-to-cart form.</summary>
[Collection(AppCollection.Name)]
public sealed class StorefrontChoicesTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_subscribable_product_offers_one_time_purchase_first_then_each_plan_with_its_terms()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var plans = await app.PlansAsync(shop, coffee.Id);

        var html = await shop.Client().GetStringAsync($"products/{PlanShops.Coffee}");

        Assert.Contains("<form id=\"add-to-cart\"", html, StringComparison.Ordinal);
        Assert.Contains("<legend>How would you like to buy?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"radio\" id=\"purchase-option-once\" name=\"purchase_option\" value=\"\" form=\"add-to-cart\" checked>", html, StringComparison.Ordinal);
        var once = html.IndexOf("purchase-option-once", StringComparison.Ordinal);
        var monthly = html.IndexOf($"value=\"{plans[0].Id:N}\" form=\"add-to-cart\"", StringComparison.Ordinal);
        var biweekly = html.IndexOf($"value=\"{plans[1].Id:N}\" form=\"add-to-cart\"", StringComparison.Ordinal);
        Assert.True(once < monthly && monthly < biweekly, "One-time purchase, then the plans in position order.");
        Assert.Contains("Monthly</span> · <span class=\"purchase-option-price\">from €20.00 every month</span>", html, StringComparison.Ordinal);
        Assert.Contains("from €18.00 every 2 weeks", html, StringComparison.Ordinal);
        Assert.Contains("<li>14-day free trial</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Save 10% on every order</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Cancel any time</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{plans[0].Id:N}\" form=\"add-to-cart\" aria-describedby=\"purchase-option-{plans[0].Id:N}-terms\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscription_only_product_has_no_one_time_choice_and_its_first_plan_is_chosen()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var box = await app.ProductAsync(shop, PlanShops.Box);
        var plan = Assert.Single(await app.PlansAsync(shop, box.Id));

        var html = await shop.Client().GetStringAsync($"products/{PlanShops.Box}");

        Assert.DoesNotContain("purchase-option-once", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{plan.Id:N}\" form=\"add-to-cart\" aria-describedby=\"purchase-option-{plan.Id:N}-terms\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("€36.00 every month</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li>€5.00 setup fee with the first payment</li>", html, StringComparison.Ordinal);
    }
}
