using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Recipes;

/// <summary><c>store-settings</c>: tagline, currency and contact email of the new shop.</summary>
internal sealed class StoreSettingsStep : IRecipeStep
{
    public string Name => "store-settings";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<WalkingDrumDbContext>();
        var tenantId = context.Services.GetRequiredService<ITenantContext>().TenantId;
        var tenant = await db.Set<Tenant>().SingleAsync(t => t.Id == tenantId, cancellationToken);
        var current = TenantSettings.Parse(tenant.Settings);
        var currency = Read(step, "currency") ?? current.Currency;
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            throw new RecipeException($"store-settings: '{currency}' is not an ISO 4217 currency code.");
        }

        tenant.Settings = (current with
        {
            Tagline = Read(step, "tagline") ?? current.Tagline,
            Currency = currency.ToUpperInvariant(),
            ContactEmail = Read(step, "contactEmail") ?? context.OwnerEmail,
        }).ToJson();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Read(JsonElement step, string property) =>
        step.TryGetProperty(property, out var value) ? value.GetString() : null;
}
