using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// Applies one import's file to the catalog, a batch of products per transaction. Each batch
/// commits together with the import's progress, so a restart resumes after the last committed
/// batch: no product is imported twice and none is lost. A product whose rows break a rule is
/// refused whole and reported by row; the others go in.
/// </summary>
public sealed class CatalogImportRunner(
    WalkingDrumDbContext db,
    ProductStaging staging,
    CatalogImportFiles files,
    ITenantContext tenant,
    DomainEvents events,
    TimeProvider clock)
{
    /// <summary>Products per transaction: large enough to be quick, small enough to show progress often.</summary>
    public const int BatchSize = 250;

    public async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        var shopName = tenant.Tenant.Name;
        var import = await db.Set<CatalogImport>().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || import.Status is CatalogImportStatus.Completed or CatalogImportStatus.Failed)
        {
            files.Delete(shopName, importId);
            return;
        }

        var path = files.PathOf(shopName, importId);
        var (encoding, encodingError) = File.Exists(path) ? CsvText.Detect(path) : (null, "The uploaded file is missing; upload it again.");
        if (encoding is null)
        {
            await FailAsync(import, encodingError!, cancellationToken);
            return;
        }

        var (reader, openError) = ProductCsvReader.Open(path, encoding);
        if (reader is null)
        {
            await FailAsync(import, openError!, cancellationToken);
            return;
        }

        using (reader)
        {
            if (import.Status == CatalogImportStatus.Queued)
            {
                import.TotalRows = CountRows(path, encoding);
                import.Status = CatalogImportStatus.Running;
                await db.SaveChangesAsync(cancellationToken);
            }

            import = await ApplyAsync(import, reader, cancellationToken);
        }

        import.Status = CatalogImportStatus.Completed;
        import.ProcessedRows = import.TotalRows;
        import.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        files.Delete(shopName, importId);
    }

    /// <summary>Applies every group not yet committed; returns the import as tracked after the last batch.</summary>
    private async Task<CatalogImport> ApplyAsync(CatalogImport import, ProductCsvReader reader, CancellationToken cancellationToken)
    {
        var errors = new ImportErrorLog(import.ErrorsJson);
        var batch = new List<ProductCsvGroup>(BatchSize);
        while (reader.ReadGroup() is { } group)
        {
            // Rows up to ProcessedRows were committed before a restart; their products are in.
            if (group.Rows[^1] - 1 <= import.ProcessedRows)
            {
                continue;
            }

            batch.Add(group);
            if (batch.Count == BatchSize)
            {
                import = await CommitBatchAsync(import, batch, errors, cancellationToken);
                batch.Clear();
            }
        }

        return batch.Count > 0 ? await CommitBatchAsync(import, batch, errors, cancellationToken) : import;
    }

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

        foreach (var (productId, change) in changed)
        {
            await events.PublishAsync(new ContentItemChanged(db.CurrentTenantId, new ContentItemKey(ContentTypes.Product, productId), change), cancellationToken);
        }

        // A fresh tracker per batch keeps memory flat on large files.
        return await ReloadAsync(importId, cancellationToken);
    }

    private async Task<List<(Guid, ContentChange)>?> TryCommitAsync(
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

    private async Task FailAsync(CatalogImport import, string message, CancellationToken cancellationToken)
    {
        import.Status = CatalogImportStatus.Failed;
        import.FailureMessage = message;
        import.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        files.Delete(tenant.Tenant.Name, import.Id);
    }

    private static int CountRows(string path, System.Text.Encoding encoding)
    {
        var (reader, _) = ProductCsvReader.Open(path, encoding);
        using (reader)
        {
            var last = 1;
            while (reader?.ReadGroup() is { } group)
            {
                last = group.Rows[^1];
            }

            return last - 1;
        }
    }
}
