using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>Committing one batch of products with the import's progress, product by product when the batch fails.</summary>
public sealed partial class CatalogImportRunner
{
    /// <summary>Commits one batch with the progress; returns the import tracked afresh for the next one.</summary>
    private async Task<CatalogImport> CommitBatchAsync(CatalogImport import, List<ProductCsvGroup> batch, ImportErrorLog errors, CancellationToken cancellationToken)
    {
        var importId = import.Id;
        var changed = await TryCommitAsync(import, batch, errors, cancellationToken);
        if (changed is null)
        {
            // A rule only the database enforces (a unique SKU raced by another writer) failed the
            // batch; apply it product by product so only the offending product is refused.
            changed = [];
            foreach (var group in batch)
            {
                import = await ReloadAsync(importId, cancellationToken);
                var one = await TryCommitAsync(import, [group], errors, cancellationToken);
                if (one is null)
                {
                    import = await ReloadAsync(importId, cancellationToken);
                    errors.Add(group.Rows[0], "This product conflicts with one saved at the same time (a SKU or handle already taken). Check it and import it again.");
                    await SaveProgressAsync(import, group, errors, cancellationToken);
                }
                else
                {
                    changed.AddRange(one);
                }
            }
        }

        if (changed.Count > 0)
        {
            // One event per batch: search commits its index once for the batch, not once per product.
            var tenantId = db.CurrentTenantId;
            await events.PublishAsync(new ContentItemsChanged(tenantId,
                [.. changed.Select(c => new ContentItemChanged(tenantId, new ContentItemKey(ContentTypes.Product, c.ProductId), c.Change))]), cancellationToken);
        }

        // A fresh tracker per batch keeps memory flat on large files.
        return await ReloadAsync(importId, cancellationToken);
    }

    private async Task<List<(Guid ProductId, ContentChange Change)>?> TryCommitAsync(
        CatalogImport import, IReadOnlyList<ProductCsvGroup> groups, ImportErrorLog errors, CancellationToken cancellationToken)
    {
        var pending = errors.Snapshot();
        var changed = new List<(Guid, ContentChange)>();
        foreach (var group in groups)
        {
            if (await StageAsync(import, group, pending, cancellationToken) is { } change)
            {
                changed.Add(change);
            }
        }

        import.ProcessedRows = groups[^1].Rows[^1] - 1;
        import.ErrorsJson = pending.ToJson();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }

        errors.Replace(pending);
        return changed;
    }

    private async Task<(Guid, ContentChange)?> StageAsync(CatalogImport import, ProductCsvGroup group, ImportErrorLog errors, CancellationToken cancellationToken)
    {
        if (group.Problems.Count > 0)
        {
            errors.AddAll(group.Problems);
            return null;
        }

        var existing = await db.Set<Product>().Include(p => p.Variants).Include(p => p.Tags).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Slug == group.Handle, cancellationToken);
        var input = existing is null ? group.Input : ImportedVariants.MatchExisting(group.Input, existing);
        var ruleErrors = new CatalogErrors();
        var staged = await staging.StageAsync(existing, Guid.CreateVersion7(), input, ruleErrors, cancellationToken);
        if (staged is null)
        {
            errors.AddAll(CsvErrorRows.Map(group, ruleErrors));
            return null;
        }

        if (existing is null)
        {
            import.CreatedProducts++;
        }
        else
        {
            import.UpdatedProducts++;
        }

        var visible = staged.Product.Status == ProductStatus.Active;
        var change = visible ? ContentChange.Published : staged.WasVisible ? ContentChange.Unpublished : ContentChange.Saved;
        return (staged.Product.Id, change);
    }

    private async Task SaveProgressAsync(CatalogImport import, ProductCsvGroup group, ImportErrorLog errors, CancellationToken cancellationToken)
    {
        import.ProcessedRows = group.Rows[^1] - 1;
        import.ErrorsJson = errors.ToJson();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<CatalogImport> ReloadAsync(Guid importId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<CatalogImport>().FirstAsync(i => i.Id == importId, cancellationToken);
    }
}
