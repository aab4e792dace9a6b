using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Shipping;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Commerce.Recipes;

/// <summary>
/// <c>shipping</c>: <c>rates</c>, each with <c>name</c>, <c>price</c> and optionally <c>freeOver</c>
/// and <c>countries</c> (ISO codes; none for everywhere), offered at checkout in the order given;
/// and <c>taxes</c>, each with <c>country</c>, <c>name</c>, <c>percent</c> and optionally
/// <c>shipping</c> (whether shipping is taxed too). Either list may be left out.
/// </summary>
internal sealed class ShippingStep : IRecipeStep
{
    private static readonly string[] RateProperties = ["name", "price", "freeOver", "countries"];
    private static readonly string[] TaxProperties = ["country", "name", "percent", "shipping"];

    public string Name => "shipping";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("rates", out _) && !step.TryGetProperty("taxes", out _))
        {
            throw new RecipeException($"{Name}: the step needs a 'rates' or a 'taxes' array.");
        }

        var (rates, taxes) = RecipeJson.Read(Name, () => (RecipeJson.Objects(step, "rates"), RecipeJson.Objects(step, "taxes")));
        var db = context.Services.GetRequiredService<WalkingDrumDbContext>();
        var settings = context.Services.GetRequiredService<ShippingSettingsService>();
        try
        {
            await StageRatesAsync(rates, settings, cancellationToken);
            await StageTaxesAsync(taxes, settings, cancellationToken);
        }
        catch (RecipeException)
        {
            // Nothing of a refused step may reach a later save in this scope.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is ShippingRate or TaxRate).ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task StageRatesAsync(IReadOnlyList<JsonElement> rates, ShippingSettingsService settings, CancellationToken cancellationToken)
    {
        for (var i = 0; i < rates.Count; i++)
        {
            var item = rates[i];
            var where = $"{Name}: rate {i + 1}";
            var input = RecipeJson.Read(where, () =>
            {
                Known(item, RateProperties);
                return new ShippingRateInput(
                    RecipeJson.Text(item, "name"), RecipeJson.Text(item, "price"), RecipeJson.Text(item, "freeOver"),
                    string.Join(", ", RecipeJson.Texts(item, "countries")));
            });
            var errors = new CatalogErrors();
            if (await settings.StageRateAsync(null, input, errors, cancellationToken) is null)
            {
                throw new RecipeException($"{where} “{input.Name}”: {errors}");
            }
        }
    }

    private async Task StageTaxesAsync(IReadOnlyList<JsonElement> taxes, ShippingSettingsService settings, CancellationToken cancellationToken)
    {
        for (var i = 0; i < taxes.Count; i++)
        {
            var item = taxes[i];
            var where = $"{Name}: tax {i + 1}";
            var input = RecipeJson.Read(where, () =>
            {
                Known(item, TaxProperties);
                return new TaxRateInput(
                    RecipeJson.Text(item, "country"), RecipeJson.Text(item, "name"), RecipeJson.Text(item, "percent"),
                    RecipeJson.Flag(item, "shipping", false));
            });
            var errors = new CatalogErrors();
            if (await settings.StageTaxAsync(null, input, errors, cancellationToken) is null)
            {
                throw new RecipeException($"{where} “{input.Country}”: {errors}");
            }
        }
    }

    // A misspelt property ("freeover") would otherwise be ignored and the shop would open with the wrong rule.
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
