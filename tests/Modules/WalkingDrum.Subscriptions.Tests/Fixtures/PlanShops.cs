using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Testing;

namespace WalkingDrum.Subscriptions.Tests.Fixtures;

/// <summary>Shops from the subscriptions test recipe, and what tests read back from them.</summary>
public static class PlanShops
{
    public const string Recipe = "test-subscriptions";
    public const string Coffee = "subscription-coffee";
    public const string Box = "tasting-box";

    /// <summary>A shop with the subscribable coffee (Monthly with a trial, Every 2 weeks 10% off) and the subscription-only box.</summary>
    public static Task<TestShop> CreateSubscriptionShopAsync(this WalkingDrumApp app) => app.CreateShopAsync(recipe: Recipe);

    public static Task<Product> ProductAsync(this WalkingDrumApp app, TestShop shop, string slug) =>
        app.InShopAsync(shop.Tenant, db => db.Set<Product>().AsNoTracking().Include(p => p.Variants).Include(p => p.Tags).SingleAsync(p => p.Slug == slug));

    public static Task<List<SubscriptionPlan>> PlansAsync(this WalkingDrumApp app, TestShop shop, Guid productId) =>
        app.InShopAsync(shop.Tenant, db => db.Set<SubscriptionPlan>().AsNoTracking().Where(p => p.ProductId == productId).OrderBy(p => p.Position).ToListAsync());

    public static Task<ProductSubscriptionSettings?> SettingsAsync(this WalkingDrumApp app, TestShop shop, Guid productId) =>
        app.InShopAsync(shop.Tenant, db => db.Set<ProductSubscriptionSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.ProductId == productId));

    /// <summary>The product editor's fields for <paramref name="product"/> exactly as saved, so a post changes only what a test adds.</summary>
    public static List<KeyValuePair<string, string>> ProductFields(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Title", product.Title), new("Input.Slug", product.Slug), new("Input.Description", product.DescriptionHtml),
            new("Input.Status", product.Status.ToString()), new("Input.Tags", string.Join(", ", product.Tags.Select(t => t.Tag))),
        };
        var options = product.OptionNames;
        for (var i = 0; i < Product.MaxOptions; i++)
        {
            fields.Add(new($"Input.Options[{i}]", i < options.Count ? options[i] : ""));
        }

        var variants = product.Variants.OrderBy(v => v.Position).ToList();
        for (var i = 0; i < variants.Count; i++)
        {
            var v = variants[i];
            var prefix = $"Input.Variants[{i}]";
            fields.AddRange([
                new($"{prefix}.Id", v.Id.ToString()), new($"{prefix}.Sku", v.Sku ?? ""), new($"{prefix}.Price", v.Price.ToMajorString()),
                new($"{prefix}.CompareAtPrice", v.CompareAtPrice?.ToMajorString() ?? ""), new($"{prefix}.Stock", v.Stock.ToString(CultureInfo.InvariantCulture)),
                new($"{prefix}.TrackInventory", v.TrackInventory ? "true" : "false"),
            ]);
            for (var j = 0; j < v.OptionValues.Count; j++)
            {
                fields.Add(new($"{prefix}.OptionValues[{j}]", v.OptionValues[j]));
            }
        }

        return fields;
    }

    /// <summary>The subscription section's fields: settings, then one row per plan.</summary>
    public static List<KeyValuePair<string, string>> SubscriptionFields(bool subscriptionOnly, params PlanFields[] plans)
    {
        var fields = new List<KeyValuePair<string, string>> { new("subscriptions.present", "1") };
        if (subscriptionOnly)
        {
            fields.Add(new("subscriptions.subscriptionOnly", "true"));
        }

        for (var i = 0; i < plans.Length; i++)
        {
            fields.AddRange(plans[i].ToFields(i));
        }

        return fields;
    }
}

/// <summary>One plan row of the product editor as a test posts it.</summary>
public sealed record PlanFields(
    string Name, string Interval = "month", string IntervalCount = "1", string Id = "", string Position = "", bool Active = true,
    string DiscountPercent = "", string FixedPrice = "", string TrialDays = "", string SetupFee = "", string PrepaidCycles = "1",
    string PrepaidDiscountPercent = "", string MinimumCycles = "", string MaximumCycles = "", bool Remove = false)
{
    public static PlanFields From(SubscriptionPlan plan) => new(
        plan.Name, plan.IntervalUnit.ToString().ToLowerInvariant(), Text(plan.IntervalCount), plan.Id.ToString(), Text(plan.Position), plan.IsActive,
        plan.DiscountPercent == 0 ? "" : Text(plan.DiscountPercent), plan.FixedPrice?.ToMajorString() ?? "", plan.TrialDays == 0 ? "" : Text(plan.TrialDays),
        plan.SetupFeeMinor == 0 ? "" : plan.SetupFee.ToMajorString(), Text(plan.PrepaidCycles));

    public IEnumerable<KeyValuePair<string, string>> ToFields(int row)
    {
        string Key(string field) => $"subscriptions.plans[{row}].{field}";
        yield return new(Key("id"), Id);
        yield return new(Key("name"), Name);
        yield return new(Key("position"), Position);
        yield return new(Key("interval"), Interval);
        yield return new(Key("intervalCount"), IntervalCount);
        yield return new(Key("discountPercent"), DiscountPercent);
        yield return new(Key("fixedPrice"), FixedPrice);
        yield return new(Key("trialDays"), TrialDays);
        yield return new(Key("setupFee"), SetupFee);
        yield return new(Key("prepaidCycles"), PrepaidCycles);
        yield return new(Key("prepaidDiscountPercent"), PrepaidDiscountPercent);
        yield return new(Key("minimumCycles"), MinimumCycles);
        yield return new(Key("maximumCycles"), MaximumCycles);
        if (Active)
        {
            yield return new(Key("isActive"), "true");
        }

        if (Remove)
        {
            yield return new(Key("remove"), "true");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
