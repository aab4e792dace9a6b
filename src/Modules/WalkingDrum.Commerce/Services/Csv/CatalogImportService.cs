using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>Accepts CSV uploads for import and reports on them.</summary>
public sealed class CatalogImportService(
    WalkingDrumDbContext db,
    CatalogImportFiles files,
    CatalogImportQueue queue,
    ITenantContext tenant,
    IConfiguration configuration,
    TimeProvider clock)
{
    /// <summary>Largest upload accepted, in bytes (<c>Catalog:MaxImportBytes</c>, 50 MB by default).</summary>
    public long MaxBytes => configuration.GetValue("Catalog:MaxImportBytes", 50L * 1024 * 1024);

    /// <summary>
    /// Keeps the file and queues its import; a file that cannot be read as a product CSV is refused
    /// at once with the reason, and nothing is kept.
    /// </summary>
    public async Task<(Guid? ImportId, string? Error)> StartAsync(IFormFile? upload, string userEmail, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            return (null, "Choose a CSV file to import.");
        }

        if (upload.Length > MaxBytes)
        {
            return (null, $"The file is {upload.Length / 1024 / 1024.0:F1} MB; files of at most {MaxBytes / 1024 / 1024} MB can be imported. Split it into smaller files.");
        }

        var shop = tenant.Tenant;
        var import = new CatalogImport
        {
            FileName = Path.GetFileName(upload.FileName) is { Length: > 0 and <= 255 } name ? name : "products.csv",
            Status = CatalogImportStatus.Queued,
            CreatedBy = userEmail,
            CreatedAt = clock.GetUtcNow(),
        };
        await using (var content = upload.OpenReadStream())
        {
            await files.SaveAsync(shop.Name, import.Id, content, cancellationToken);
        }

        if (Check(files.PathOf(shop.Name, import.Id)) is { } error)
        {
            files.Delete(shop.Name, import.Id);
            return (null, error);
        }

        db.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(shop, import.Id);
        return (import.Id, null);
    }

    public Task<CatalogImport?> FindAsync(Guid importId, CancellationToken cancellationToken) =>
        db.Set<CatalogImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);

    /// <summary>The ten newest imports. Ids are version-7 GUIDs, which sort by creation time on both databases.</summary>
    public async Task<IReadOnlyList<CatalogImport>> RecentAsync(CancellationToken cancellationToken) =>
        await db.Set<CatalogImport>().AsNoTracking().OrderByDescending(i => i.Id).Take(10).ToListAsync(cancellationToken);

    private static string? Check(string path)
    {
        var (encoding, error) = CsvText.Detect(path);
        if (encoding is null)
        {
            return error;
        }

        var (reader, openError) = ProductCsvReader.Open(path, encoding);
        reader?.Dispose();
        return openError;
    }
}
