using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Coupons;

/// <summary>The outcome of saving a coupon: the saved coupon, or the problems by field.</summary>
public sealed record CouponSaveResult(Coupon? Coupon, CatalogErrors Errors)
{
    public bool Succeeded => Coupon is not null;
}

/// <summary>Creates, edits and deactivates the shop's coupons (admin and recipes), one SaveChanges each.</summary>
public sealed class CouponService(WalkingDrumDbContext db, IStoreProfileReader profiles, TimeProvider clock)
{
    public const string DuplicateCode = "This shop already has that code (codes ignore letter case).";

    public Task<List<Coupon>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<Coupon>().AsNoTracking().OrderBy(c => c.NormalizedCode).ToListAsync(cancellationToken);

    public Task<Coupon?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Coupon>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The coupon with <paramref name="code"/> in any letter case, or null.</summary>
    public Task<Coupon?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = CouponRules.Normalize(code);
        return db.Set<Coupon>().AsNoTracking().FirstOrDefaultAsync(c => c.NormalizedCode == normalized, cancellationToken);
    }

    public async Task<CouponSaveResult> CreateAsync(CouponInput input, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        var coupon = await StageAsync(null, input, errors, cancellationToken);
        return coupon is null ? new(null, errors) : await SaveAsync(coupon, errors, cancellationToken);
    }

    /// <summary>Saves the edit, or null when the shop has no such coupon.</summary>
    public async Task<CouponSaveResult?> UpdateAsync(Guid id, CouponInput input, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        var errors = new CatalogErrors();
        var coupon = await StageAsync(existing, input, errors, cancellationToken);
        return coupon is null ? new(null, errors) : await SaveAsync(coupon, errors, cancellationToken);
    }

    /// <summary>Stops the code from applying; carts holding it show why. False when there is no such coupon.</summary>
    public async Task<bool> DeactivateAsync(Guid id, CancellationToken cancellationToken)
    {
        var coupon = await FindAsync(id, cancellationToken);
        if (coupon is null)
        {
            return false;
        }

        coupon.Active = false;
        coupon.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Checks the input and stages the coupon on the context without saving (recipes save once at the end).</summary>
    public async Task<Coupon?> StageAsync(Coupon? existing, CouponInput input, CatalogErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var currency = existing?.Currency ?? (await profiles.GetAsync(cancellationToken)).Currency;
        var values = CouponInputRules.Read(input, currency, errors);
        if (values is null)
        {
            return null;
        }

        var normalized = CouponRules.Normalize(values.Code);
        var taken = await db.Set<Coupon>().AnyAsync(c => c.NormalizedCode == normalized && (existing == null || c.Id != existing.Id), cancellationToken)
                    || db.ChangeTracker.Entries<Coupon>().Any(e => e.State == EntityState.Added && e.Entity.NormalizedCode == normalized && e.Entity != existing);
        if (taken)
        {
            errors.Add(nameof(CouponInput.Code), DuplicateCode);
            return null;
        }

        var now = clock.GetUtcNow();
        var coupon = existing ?? new Coupon { Code = values.Code, NormalizedCode = normalized, CreatedAt = now, Currency = currency };
        values.CopyTo(coupon);
        coupon.UpdatedAt = now;
        if (existing is null)
        {
            db.Add(coupon);
        }

        return coupon;
    }

    private async Task<CouponSaveResult> SaveAsync(Coupon coupon, CatalogErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(coupon, errors);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another save took the code between our check and this insert; the unique index refused ours.
            db.ChangeTracker.Clear();
            errors.Add(nameof(CouponInput.Code), DuplicateCode);
            return new(null, errors);
        }
    }
}
