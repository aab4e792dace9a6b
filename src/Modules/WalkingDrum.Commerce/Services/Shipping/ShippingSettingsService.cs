using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Shipping;

/// <summary>The outcome of saving a shipping or tax rate: the saved rate, or the problems by field.</summary>
public sealed record ShippingSaveResult<T>(T? Saved, CatalogErrors Errors) where T : class
{
    public bool Succeeded => Saved is not null;
}

/// <summary>
/// The shop's shipping rates and tax rates as the merchant (admin) and recipes manage them, one
/// SaveChanges per change. Checkout reads the same rows: with no shipping rate, orders ship free
/// everywhere; with no tax rate for the destination, no tax is added.
/// </summary>
public sealed partial class ShippingSettingsService(WalkingDrumDbContext db, IStoreProfileReader profiles, TimeProvider clock)
{
    /// <summary>Most rates a shop keeps: checkout offers them all and reads them on every visit.</summary>
    public const int MaxRates = 50;

    /// <summary>The shop's shipping rates in checkout order.</summary>
    public Task<List<ShippingRate>> ListRatesAsync(CancellationToken cancellationToken) =>
        db.Set<ShippingRate>().AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<ShippingRate?> FindRateAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<ShippingRate>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Adds a rate after the others.</summary>
    public async Task<ShippingSaveResult<ShippingRate>> CreateRateAsync(ShippingRateInput input, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        var rate = await StageRateAsync(null, input, errors, cancellationToken);
        if (rate is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new(rate, errors);
    }

    /// <summary>Saves the edit, or null when the shop has no such rate.</summary>
    public async Task<ShippingSaveResult<ShippingRate>?> UpdateRateAsync(Guid id, ShippingRateInput input, CancellationToken cancellationToken)
    {
        var existing = await FindRateAsync(id, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        var errors = new CatalogErrors();
        var rate = await StageRateAsync(existing, input, errors, cancellationToken);
        if (rate is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new(rate, errors);
    }

    /// <summary>Removes the rate; false when the shop has no such rate.</summary>
    public async Task<bool> DeleteRateAsync(Guid id, CancellationToken cancellationToken)
    {
        var rate = await FindRateAsync(id, cancellationToken);
        if (rate is null)
        {
            return false;
        }

        db.Remove(rate);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Moves the rate <paramref name="by"/> places in checkout order (negative is earlier; clamped
    /// to the ends) and numbers every rate afresh; false when the shop has no such rate.
    /// </summary>
    public async Task<bool> MoveRateAsync(Guid id, int by, CancellationToken cancellationToken)
    {
        var rates = await db.Set<ShippingRate>().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var index = rates.FindIndex(r => r.Id == id);
        if (index < 0)
        {
            return false;
        }

        var rate = rates[index];
        rates.RemoveAt(index);
        rates.Insert((int)Math.Clamp((long)index + by, 0, rates.Count), rate);
        for (var position = 0; position < rates.Count; position++)
        {
            rates[position].Position = position;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Checks the input and stages the rate on the context without saving (recipes save once at the
    /// end). Prices are read in the shop's current currency, so saving a rate again after the shop
    /// changed currency moves it to the new one.
    /// </summary>
    public async Task<ShippingRate?> StageRateAsync(ShippingRate? existing, ShippingRateInput input, CatalogErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var currency = (await profiles.GetAsync(cancellationToken)).Currency;
        var values = ShippingRateRules.Read(input, currency, errors);
        if (values is null)
        {
            return null;
        }

        if (existing is not null)
        {
            values.CopyTo(existing);
            return existing;
        }

        var staged = db.ChangeTracker.Entries<ShippingRate>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var saved = await db.Set<ShippingRate>().Select(r => (int?)r.Position).ToListAsync(cancellationToken);
        if (saved.Count + staged.Count >= MaxRates)
        {
            errors.Add(nameof(ShippingRateInput.Name), $"A shop has at most {MaxRates} shipping rates. Delete one you no longer use first.");
            return null;
        }

        var rate = new ShippingRate
        {
            Name = values.Name,
            Position = saved.Concat(staged.Select(r => (int?)r.Position)).Max() + 1 ?? 0,
            CreatedAt = clock.GetUtcNow(),
        };
        values.CopyTo(rate);
        db.Add(rate);
        return rate;
    }
}
