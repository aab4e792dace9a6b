using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Data;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Plans;

/// <summary>
/// Stages a product's plans and subscription settings as exactly the checked values, without
/// saving: plans left out are removed, the rest added or updated in place. Adds the checks that
/// need the database (the posted plans are this product's, the box's collection is this shop's).
/// </summary>
internal sealed class PlanStaging(WalkingDrumDbContext db)
{
    /// <summary>Stages the values; false, with nothing staged, when <paramref name="errors"/> got problems.</summary>
    public async Task<bool> StageAsync(Guid productId, bool isNewProduct, ProductSubscriptionValues values, CatalogErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        var current = isNewProduct ? [] : await Plans(productId).ToListAsync(cancellationToken);
        foreach (var unknown in values.Plans.Where(v => v.Id is { } id && !current.Exists(p => p.Id == id)))
        {
            errors.Add(PlanRules.Key(unknown.Row, "name"), "This plan was removed meanwhile. Reload the page to see the product's plans.");
        }

        Guid? collectionId = null;
        if (values.BoxCollectionSlug is { } slug)
        {
            collectionId = await db.Set<Collection>().Where(c => c.Slug == slug).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (collectionId is null)
            {
                errors.Add("boxCollection", "Choose one of your collections.");
            }
        }

        if (!errors.IsEmpty)
        {
            return false;
        }

        db.RemoveRange(current.Where(p => !values.Plans.Any(v => v.Id == p.Id)));
        foreach (var value in values.Plans)
        {
            var plan = current.Find(p => p.Id == value.Id);
            if (plan is null)
            {
                plan = new SubscriptionPlan { ProductId = productId, Name = value.Name };
                db.Add(plan);
            }

            value.CopyTo(plan);
        }

        await StageSettingsAsync(productId, isNewProduct, values, collectionId, cancellationToken);
        return true;
    }

    /// <summary>Stages removal of every plan and the settings of a deleted product.</summary>
    public async Task RemoveAllAsync(Guid productId, CancellationToken cancellationToken)
    {
        db.RemoveRange(await Plans(productId).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<ProductSubscriptionSettings>().Where(s => s.ProductId == productId).ToListAsync(cancellationToken));
    }

    private async Task StageSettingsAsync(Guid productId, bool isNewProduct, ProductSubscriptionValues values, Guid? collectionId, CancellationToken cancellationToken)
    {
        var settings = isNewProduct ? null
            : await db.Set<ProductSubscriptionSettings>().FirstOrDefaultAsync(s => s.ProductId == productId, cancellationToken);
        if (!values.HasSettings)
        {
            if (settings is not null)
            {
                db.Remove(settings);
            }

            return;
        }

        if (settings is null)
        {
            settings = new ProductSubscriptionSettings { ProductId = productId };
            db.Add(settings);
        }

        settings.SubscriptionOnly = values.SubscriptionOnly;
        settings.IsBox = values.IsBox;
        settings.BoxSize = values.BoxSize;
        settings.BoxCutoffDays = values.BoxCutoffDays;
        settings.BoxCollectionId = collectionId;
    }

    private IQueryable<SubscriptionPlan> Plans(Guid productId) => db.Set<SubscriptionPlan>().Where(p => p.ProductId == productId);
}
