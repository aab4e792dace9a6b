using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Plans;

namespace WalkingDrum.Subscriptions.Recipes;

/// <summary>
/// <c>subscriptionPlans</c>: <c>products</c>, each naming a product of an earlier step by its slug
/// (<c>product</c>) with its <c>plans</c> and optionally <c>subscriptionOnly</c> and a <c>box</c>
/// (<c>size</c>, <c>cutoffDays</c>, <c>collection</c> slug). Each plan has a <c>name</c> and an
/// <c>interval</c> (day, week, month, year), and optionally <c>intervalCount</c>, <c>discountPercent</c>
/// or <c>fixedPrice</c>, <c>trialDays</c>, <c>setupFee</c>, <c>prepaidCycles</c>,
/// <c>prepaidDiscountPercent</c>, <c>minimumCycles</c>, <c>maximumCycles</c> and <c>active</c>.
/// Checked by the same rules as the admin; the plans given become the product's plans.
/// </summary>
internal sealed class SubscriptionPlansStep : IRecipeStep
{
    private static readonly string[] EntryProperties = ["product", "subscriptionOnly", "box", "plans"];
    private static readonly string[] BoxProperties = ["size", "cutoffDays", "collection"];
    private static readonly string[] PlanProperties =
    [
        "name", "interval", "intervalCount", "discountPercent", "fixedPrice", "trialDays", "setupFee",
        "prepaidCycles", "prepaidDiscountPercent", "minimumCycles", "maximumCycles", "active",
    ];

    public string Name => "subscriptionPlans";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<WalkingDrumDbContext>();
        var staging = context.Services.GetRequiredService<PlanStaging>();
        var currency = (await context.Services.GetRequiredService<IStoreProfileReader>().GetAsync(cancellationToken)).Currency;
        var number = 0;
        try
        {
            foreach (var entry in RecipeJson.Items(step, "products", Name))
            {
                number++;
                var where = $"{Name}: entry {number}";
                var (slug, input) = RecipeJson.Read(where, () => Read(entry));
                where += $" “{slug}”";
                var productId = await db.Set<Product>().Where(p => p.Slug == slug).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
                                ?? throw new RecipeException($"{where}: there is no product with this slug; add it in an earlier 'products' step.");
                var errors = new CatalogErrors();
                var values = PlanRules.Read(input, currency, errors);
                if (values is null || !await staging.StageAsync(productId, false, values, errors, cancellationToken))
                {
                    throw new RecipeException($"{where}: {errors}");
                }
            }
        }
        catch (RecipeException)
        {
            // Nothing of a refused step may reach a later save in this scope.
            foreach (var staged in db.ChangeTracker.Entries().Where(e => e.Entity is SubscriptionPlan or ProductSubscriptionSettings).ToList())
            {
                staged.State = EntityState.Detached;
            }

            throw;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static (string Slug, ProductSubscriptionInput Input) Read(JsonElement entry)
    {
        Known(entry, EntryProperties);
        var slug = RecipeJson.Text(entry, "product");
        if (string.IsNullOrWhiteSpace(slug))
        {
            throw new FormatException("'product' must name a product by its slug.");
        }

        var box = RecipeJson.Section(entry, "box");
        if (box is { } b)
        {
            Known(b, BoxProperties);
        }

        var plans = RecipeJson.Objects(entry, "plans").Select(plan =>
        {
            Known(plan, PlanProperties);
            return new PlanInput(
                null, RecipeJson.Text(plan, "name"), null, RecipeJson.Flag(plan, "active", true), RecipeJson.Text(plan, "interval"),
                RecipeJson.Text(plan, "intervalCount"), RecipeJson.Text(plan, "discountPercent"), RecipeJson.Text(plan, "fixedPrice"),
                RecipeJson.Text(plan, "trialDays"), RecipeJson.Text(plan, "setupFee"), RecipeJson.Text(plan, "prepaidCycles"),
                RecipeJson.Text(plan, "prepaidDiscountPercent"), RecipeJson.Text(plan, "minimumCycles"), RecipeJson.Text(plan, "maximumCycles"));
        }).ToArray();
        return (slug.Trim(), new ProductSubscriptionInput(
            RecipeJson.Flag(entry, "subscriptionOnly", false), box is not null,
            box is { } size ? RecipeJson.Text(size, "size") : null,
            box is { } cutoff ? RecipeJson.Text(cutoff, "cutoffDays") : null,
            box is { } collection ? RecipeJson.Text(collection, "collection") : null,
            plans));
    }

    // A misspelt property ("trialdays") would otherwise be ignored and the shop would open with the wrong terms.
    private static void Known(JsonElement item, string[] properties)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (!properties.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new FormatException($"unknown property '{property.Name}'; use {string.Join(", ", properties.Select(p => $"'{p}'"))}.");
            }
        }
    }
}
