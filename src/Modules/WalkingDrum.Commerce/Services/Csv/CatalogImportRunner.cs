using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// Applies one import's file to the catalog, a batch of products per transaction. Each batch
/// commits together with the import's progress, so a restart resumes after the last committed
/// batch: no product is imported twice and none is lost. A product whose rows break a rule is
/// refused whole and reported by row; the others go in. Committing a batch is in
/// <c>CatalogImportRunner.Batches.cs</c>.
/// </summary>
public sealed partial class CatalogImportRunner(
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
