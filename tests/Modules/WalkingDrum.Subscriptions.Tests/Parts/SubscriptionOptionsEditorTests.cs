using System.Net;
using WalkingDrum.Subscriptions.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Parts;

/// <summary>The "Subscription options" section of the real product editor, posted as the owner.</summary>
[Collection(AppCollection.Name)]
public sealed class SubscriptionOptionsEditorTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_editor_shows_the_saved_plans_and_a_blank_row_in_a_labelled_section()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var owner = await shop.OwnerClientAsync();

        var html = await owner.GetStringAsync($"admin/products/{coffee.Id}");

        Assert.Contains(">Subscription options</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Plan “Monthly”</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>New plan</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"subscriptions-plans-1-discountPercent\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"subscriptions.plans[1].discountPercent\" value=\"10\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"subscriptions.plans[2].name\" value=\"\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_adds_edits_and_reorders_plans_in_one_save()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var (monthly, biweekly) = (await app.PlansAsync(shop, coffee.Id)) switch { var p => (p[0], p[1]) };
        var owner = await shop.OwnerClientAsync();
        var page = $"admin/products/{coffee.Id}";
        var fields = PlanShops.ProductFields(coffee);
        fields.AddRange(PlanShops.SubscriptionFields(false,
            PlanFields.From(monthly) with { Position = "3", TrialDays = "30" },
            PlanFields.From(biweekly) with { Position = "1" },
            new PlanFields("Yearly", "year", Position: "2", FixedPrice: "180.00", SetupFee: "5.00", MinimumCycles: "1"),
            new PlanFields("")));

        var response = await Forms.PostAsync(owner, page, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plans = await app.PlansAsync(shop, coffee.Id);
        Assert.Equal([("Every 2 weeks", 1), ("Yearly", 2), ("Monthly", 3)], plans.Select(p => (p.Name, p.Position)));
        Assert.Equal((monthly.Id, 30), (plans[2].Id, plans[2].TrialDays));
        Assert.Equal((18000L, 500L, "EUR", 1), (plans[1].FixedPriceMinor, plans[1].SetupFeeMinor, plans[1].Currency, plans[1].MinimumCycles));
        Assert.Null(await app.SettingsAsync(shop, coffee.Id));
    }

    [Fact]
    public async Task The_owner_removes_a_plan_and_makes_the_product_subscription_only()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var (monthly, biweekly) = (await app.PlansAsync(shop, coffee.Id)) switch { var p => (p[0], p[1]) };
        var owner = await shop.OwnerClientAsync();
        var fields = PlanShops.ProductFields(coffee);
        fields.AddRange(PlanShops.SubscriptionFields(true, PlanFields.From(monthly) with { Remove = true }, PlanFields.From(biweekly)));

        var response = await Forms.PostAsync(owner, $"admin/products/{coffee.Id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = Assert.Single(await app.PlansAsync(shop, coffee.Id));
        Assert.Equal((biweekly.Id, 1), (plan.Id, plan.Position));
        Assert.True((await app.SettingsAsync(shop, coffee.Id))!.SubscriptionOnly);
    }

    [Fact]
    public async Task A_new_product_is_saved_with_its_plans()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var owner = await shop.OwnerClientAsync();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Title", "Filter Papers"), new("Input.Slug", ""), new("Input.Description", ""), new("Input.Status", "Active"),
            new("Input.Options[0]", ""), new("Input.Options[1]", ""), new("Input.Options[2]", ""), new("Input.Tags", ""),
            new("Input.Variants[0].Sku", "PAPER-1"), new("Input.Variants[0].Price", "6.50"), new("Input.Variants[0].Stock", "0"),
        };
        fields.AddRange(PlanShops.SubscriptionFields(false, new PlanFields("Every 2 months", "month", "2")));

        var response = await Forms.PostAsync(owner, "admin/products/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var product = await app.ProductAsync(shop, "filter-papers");
        var plan = Assert.Single(await app.PlansAsync(shop, product.Id));
        Assert.Equal(("Every 2 months", 2, 1), (plan.Name, plan.IntervalCount, plan.Position));
    }

    [Fact]
    public async Task Invalid_plans_show_inline_errors_and_leave_the_product_and_its_plans_unchanged()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var (monthly, biweekly) = (await app.PlansAsync(shop, coffee.Id)) switch { var p => (p[0], p[1]) };
        var owner = await shop.OwnerClientAsync();
        var fields = PlanShops.ProductFields(coffee);
        fields[0] = new("Input.Title", "Renamed Coffee");
        fields.AddRange(PlanShops.SubscriptionFields(true,
            PlanFields.From(monthly) with { IntervalCount = "30", Active = false },
            PlanFields.From(biweekly) with { FixedPrice = "12,00", Active = false },
            new PlanFields("", TrialDays: "7")));
        var before = await app.Database.CountsAsync("products", "subscription_plans", "product_subscription_settings");

        var response = await Forms.PostAsync(owner, $"admin/products/{coffee.Id}", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number of months from 1 to 24.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"subscriptions_plans_0__intervalCount-error\"", html, StringComparison.Ordinal);
        Assert.Matches("name=\"subscriptions.plans\\[0\\].intervalCount\" value=\"30\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("Use a point for decimals", html, StringComparison.Ordinal);
        Assert.Contains("Name the plan, e.g. Monthly.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"subscriptions_plans_2__name-error\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.Database.CountsAsync("products", "subscription_plans", "product_subscription_settings"));
        Assert.Equal("Subscription Coffee", (await app.ProductAsync(shop, PlanShops.Coffee)).Title);
        Assert.Equal(
            [(monthly.Id, 1, true, 0), (biweekly.Id, 2, true, 10)],
            (await app.PlansAsync(shop, coffee.Id)).Select(p => (p.Id, p.IntervalCount, p.IsActive, p.DiscountPercent)));
    }

    [Fact]
    public async Task Add_another_plan_keeps_the_rows_as_posted_adds_a_blank_one_and_saves_nothing()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var plans = await app.PlansAsync(shop, coffee.Id);
        var owner = await shop.OwnerClientAsync();
        var fields = PlanShops.ProductFields(coffee);
        fields.AddRange(PlanShops.SubscriptionFields(false, PlanFields.From(plans[0]), PlanFields.From(plans[1]), new PlanFields("Weekly", "week")));
        fields.Add(new("command", "refresh"));

        var response = await Forms.PostAsync(owner, $"admin/products/{coffee.Id}", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"subscriptions.plans[2].name\" value=\"Weekly\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"subscriptions.plans[3].name\" value=\"\"", html, StringComparison.Ordinal);
        Assert.Equal(2, (await app.PlansAsync(shop, coffee.Id)).Count);
    }

    [Fact]
    public async Task Another_shops_plans_and_products_cannot_be_reached()
    {
        var shop = await app.CreateSubscriptionShopAsync();
        var other = await app.CreateSubscriptionShopAsync();
        var coffee = await app.ProductAsync(shop, PlanShops.Coffee);
        var othersCoffee = await app.ProductAsync(other, PlanShops.Coffee);
        var othersPlans = await app.PlansAsync(other, othersCoffee.Id);
        var owner = await shop.OwnerClientAsync();
        var stolen = PlanShops.ProductFields(coffee);
        stolen.AddRange(PlanShops.SubscriptionFields(false, PlanFields.From(othersPlans[0]) with { Name = "Hijacked", TrialDays = "90" }));
        var foreign = PlanShops.ProductFields(othersCoffee);
        foreign.AddRange(PlanShops.SubscriptionFields(false, PlanFields.From(othersPlans[0]) with { Name = "Hijacked" }));

        var withForeignPlan = await Forms.PostAsync(owner, $"admin/products/{coffee.Id}", stolen);
        var foreignPage = await owner.GetAsync($"admin/products/{othersCoffee.Id}");
        var foreignPost = await Forms.PostAsync(owner, $"admin/products/{coffee.Id}", foreign, $"admin/products/{othersCoffee.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, withForeignPlan.StatusCode);
        Assert.Contains("This plan was removed meanwhile.", await withForeignPlan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreignPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignPost.StatusCode);
        Assert.Equal(["Monthly", "Every 2 weeks"], (await app.PlansAsync(shop, coffee.Id)).Select(p => p.Name));
        Assert.Equal(
            othersPlans.Select(p => (p.Id, p.Name, p.TrialDays)),
            (await app.PlansAsync(other, othersCoffee.Id)).Select(p => (p.Id, p.Name, p.TrialDays)));
    }
}
