using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Shipping;

public sealed partial class ShippingSettingsService
{
    /// <summary>Why a tax rate cannot be saved for a country that has one.</summary>
    public static string DuplicateCountry(string code) =>
        $"This shop already has a tax rate for {Countries.Name(code)}. Edit that one instead.";

    /// <summary>The shop's tax rates by country name.</summary>
    public async Task<List<TaxRate>> ListTaxesAsync(CancellationToken cancellationToken)
    {
        var taxes = await db.Set<TaxRate>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. taxes.OrderBy(t => Countries.Name(t.CountryCode), Countries.NameOrder)];
    }

    public Task<TaxRate?> FindTaxAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<TaxRate>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public async Task<ShippingSaveResult<TaxRate>> CreateTaxAsync(TaxRateInput input, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        var tax = await StageTaxAsync(null, input, errors, cancellationToken);
        return tax is null ? new(null, errors) : await SaveTaxAsync(tax, errors, cancellationToken);
    }

    /// <summary>Saves the edit, or null when the shop has no such tax rate.</summary>
    public async Task<ShippingSaveResult<TaxRate>?> UpdateTaxAsync(Guid id, TaxRateInput input, CancellationToken cancellationToken)
    {
        var existing = await FindTaxAsync(id, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        var errors = new CatalogErrors();
        var tax = await StageTaxAsync(existing, input, errors, cancellationToken);
        return tax is null ? new(null, errors) : await SaveTaxAsync(tax, errors, cancellationToken);
    }

    /// <summary>Removes the tax rate; false when the shop has no such tax rate.</summary>
    public async Task<bool> DeleteTaxAsync(Guid id, CancellationToken cancellationToken)
    {
        var tax = await FindTaxAsync(id, cancellationToken);
        if (tax is null)
        {
            return false;
        }

        db.Remove(tax);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Checks the input, one rate per country included, and stages the tax rate without saving (recipes save once at the end).</summary>
    public async Task<TaxRate?> StageTaxAsync(TaxRate? existing, TaxRateInput input, CatalogErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var values = TaxRateRules.Read(input, errors);
        if (values is null)
        {
            return null;
        }

        var code = values.CountryCode;
        var taken = await db.Set<TaxRate>().AnyAsync(t => t.CountryCode == code && (existing == null || t.Id != existing.Id), cancellationToken)
                    || db.ChangeTracker.Entries<TaxRate>().Any(e => e.State == EntityState.Added && e.Entity.CountryCode == code && e.Entity != existing);
        if (taken)
        {
            errors.Add(nameof(TaxRateInput.Country), DuplicateCountry(code));
            return null;
        }

        var tax = existing ?? new TaxRate { CountryCode = code, Name = values.Name, CreatedAt = clock.GetUtcNow() };
        values.CopyTo(tax);
        if (existing is null)
        {
            db.Add(tax);
        }

        return tax;
    }

    private async Task<ShippingSaveResult<TaxRate>> SaveTaxAsync(TaxRate tax, CatalogErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(tax, errors);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another save may have taken the country between our check and this write, and the
            // unique index refused ours; anything else is a real fault.
            db.ChangeTracker.Clear();
            if (!await db.Set<TaxRate>().AnyAsync(t => t.CountryCode == tax.CountryCode && t.Id != tax.Id, cancellationToken))
            {
                throw;
            }

            errors.Add(nameof(TaxRateInput.Country), DuplicateCountry(tax.CountryCode));
            return new(null, errors);
        }
    }
}
