using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;

namespace WalkingDrum.Commerce.Services;

/// <summary>The outcome of saving a collection: the saved collection, or the problems by field.</summary>
public sealed record CollectionSaveResult(Collection? Collection, CatalogErrors Errors)
{
    public bool Succeeded => Collection is not null;
}

/// <summary>
/// Creates, edits and deletes collections in one SaveChanges each; afterwards the storefront's
/// pages are refreshed and the member products whose collections changed are re-announced.
/// </summary>
public sealed class CollectionService(WalkingDrumDbContext db, CollectionStaging staging, DomainEvents events)
{
    public Task<CollectionSaveResult> CreateAsync(CollectionInput input, CancellationToken cancellationToken) =>
        SaveAsync(null, input, cancellationToken);

    /// <summary>Saves the edit, or <see langword="null"/> when the shop has no such collection.</summary>
    public async Task<CollectionSaveResult?> UpdateAsync(Guid id, CollectionInput input, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Collection>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return existing is null ? null : await SaveAsync(existing, input, cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var collection = await db.Set<Collection>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (collection is null)
        {
            return false;
        }

        var members = await db.Set<CollectionProduct>().Where(m => m.CollectionId == id).Select(m => m.ProductId).ToListAsync(cancellationToken);
        db.Remove(collection);
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(members, cancellationToken);
        return true;
    }

    private async Task<CollectionSaveResult> SaveAsync(Collection? existing, CollectionInput input, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        var staged = await staging.StageAsync(existing, input, errors, cancellationToken);
        if (staged is null)
        {
            db.ChangeTracker.Clear();
            return new CollectionSaveResult(null, errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            errors.Add(nameof(CollectionInput.Slug), "Another collection took this slug just now; choose another.");
            return new CollectionSaveResult(null, errors);
        }

        await AnnounceAsync(staged.AffectedProducts, cancellationToken);
        return new CollectionSaveResult(staged.Collection, errors);
    }

    // Collection pages and lists change with any of this, and so do the search documents of
    // published members (they carry their collections for filters).
    private async Task AnnounceAsync(IReadOnlyList<Guid> affectedProducts, CancellationToken cancellationToken)
    {
        var published = affectedProducts.Count == 0 ? [] : await db.Set<Product>().AsNoTracking()
            .Where(p => affectedProducts.Contains(p.Id) && p.Status == ProductStatus.Active)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        await events.PublishAsync(new StorefrontChanged(db.CurrentTenantId), cancellationToken);
        foreach (var id in published)
        {
            await events.PublishAsync(
                new ContentItemChanged(db.CurrentTenantId, new ContentItemKey(ContentTypes.Product, id), ContentChange.Published), cancellationToken);
        }
    }
}
