using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;

namespace WalkingDrum.Commerce.Services;

/// <summary>
/// Lets the caller stage its content parts for <paramref name="item"/> in the same unit of work;
/// returns whether they were valid.
/// </summary>
public delegate Task<bool> PartsStager(ContentItemKey item, CancellationToken cancellationToken);

/// <summary>The outcome of saving a product: the saved product, or the problems by field.</summary>
public sealed record ProductSaveResult(Product? Product, CatalogErrors Errors)
{
    public bool Succeeded => Product is not null;
}

/// <summary>How a bulk status change went.</summary>
/// <param name="Changed">Products whose status changed.</param>
/// <param name="Unchanged">Products that already had the status.</param>
/// <param name="NotFound">Ids that name no product of this shop.</param>
public sealed record StatusChangeSummary(int Changed, int Unchanged, int NotFound);

/// <summary>
/// Creates, edits, publishes and deletes products. Each call is one SaveChanges (one transaction)
/// covering the product, its variants, tags, collections, redirects and parts, and announces the
/// change with <see cref="ContentItemChanged"/> once it is committed.
/// </summary>
public sealed class ProductService(WalkingDrumDbContext db, ProductStaging staging, ContentParts parts, DomainEvents events, TimeProvider clock)
{
    /// <summary>The product with its variants and tags, tracked for editing.</summary>
    public Task<Product?> FindForEditAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Product>().Include(p => p.Variants).Include(p => p.Tags).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<ProductSaveResult> CreateAsync(ProductInput input, PartsStager? stageParts, CancellationToken cancellationToken) =>
        SaveAsync(null, input, stageParts, cancellationToken);

    /// <summary>Saves the edit, or <see langword="null"/> when the shop has no such product.</summary>
    public async Task<ProductSaveResult?> UpdateAsync(Guid id, ProductInput input, PartsStager? stageParts, CancellationToken cancellationToken)
    {
        var existing = await FindForEditAsync(id, cancellationToken);
        return existing is null ? null : await SaveAsync(existing, input, stageParts, cancellationToken);
    }

    /// <summary>Deletes the product and every part's data; false when there is no such product.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await db.Set<Product>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return false;
        }

        var item = new ContentItemKey(ContentTypes.Product, id);
        await parts.DeleteAsync(item, cancellationToken);
        db.Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ContentItemChanged(db.CurrentTenantId, item, ContentChange.Deleted), cancellationToken);
        return true;
    }

    /// <summary>Gives every product of <paramref name="ids"/> the status, all in one transaction.</summary>
    public async Task<StatusChangeSummary> SetStatusAsync(IReadOnlyCollection<Guid> ids, ProductStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct().ToArray();
        var products = await db.Set<Product>().Where(p => wanted.Contains(p.Id)).ToListAsync(cancellationToken);
        var changed = products.Where(p => p.Status != status).ToList();
        var now = clock.GetUtcNow();
        var changes = new List<ContentItemChanged>();
        foreach (var product in changed)
        {
            var wasVisible = product.Status == ProductStatus.Active;
            product.Status = status;
            product.UpdatedAt = now;
            if (status == ProductStatus.Active)
            {
                product.PublishedAt = now;
            }

            changes.Add(Changed(product, wasVisible));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (changes.Count > 0)
        {
            await events.PublishAsync(new ContentItemsChanged(db.CurrentTenantId, changes), cancellationToken);
        }

        return new StatusChangeSummary(changed.Count, products.Count - changed.Count, wanted.Length - products.Count);
    }

    private async Task<ProductSaveResult> SaveAsync(Product? existing, ProductInput input, PartsStager? stageParts, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        var id = existing?.Id ?? Guid.CreateVersion7();
        var staged = await staging.StageAsync(existing, id, input, errors, cancellationToken);
        var partsValid = stageParts is null || await stageParts(new ContentItemKey(ContentTypes.Product, id), cancellationToken);
        if (staged is null || !partsValid)
        {
            db.ChangeTracker.Clear();
            return new ProductSaveResult(null, errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // The checks passed a moment ago, so another save took the slug or a SKU meanwhile.
            db.ChangeTracker.Clear();
            errors.Add("", "Another change took this product's slug or one of its SKUs just now. Check them and save again.");
            return new ProductSaveResult(null, errors);
        }

        await events.PublishAsync(Changed(staged.Product, staged.WasVisible), cancellationToken);
        return new ProductSaveResult(staged.Product, errors);
    }

    private ContentItemChanged Changed(Product product, bool wasVisible)
    {
        var change = product.Status == ProductStatus.Active ? ContentChange.Published
            : wasVisible ? ContentChange.Unpublished
            : ContentChange.Saved;
        return new ContentItemChanged(db.CurrentTenantId, new ContentItemKey(ContentTypes.Product, product.Id), change);
    }
}
