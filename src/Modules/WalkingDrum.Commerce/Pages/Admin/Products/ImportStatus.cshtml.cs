using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Csv;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Products;

/// <summary>One import's progress (polled while it runs) and the rows it refused.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class ImportStatusModel(CatalogImportService imports) : PageModel
{
    public CatalogImport Import { get; private set; } = null!;

    public IReadOnlyList<ImportRowError> Errors { get; private set; } = [];

    public bool IsRunning => Import.Status is CatalogImportStatus.Queued or CatalogImportStatus.Running;

    public int Percent => Import.TotalRows == 0 ? (IsRunning ? 0 : 100) : (int)(100L * Import.ProcessedRows / Import.TotalRows);

    public async Task<IActionResult> OnGetAsync(Guid importId, CancellationToken cancellationToken) =>
        await LoadAsync(importId, cancellationToken) ? Page() : NotFound();

    /// <summary>Just the progress section, for htmx to swap in while the import runs.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid importId, CancellationToken cancellationToken) =>
        await LoadAsync(importId, cancellationToken) ? Partial("_ImportProgress", this) : NotFound();

    private async Task<bool> LoadAsync(Guid importId, CancellationToken cancellationToken)
    {
        if (await imports.FindAsync(importId, cancellationToken) is not { } import)
        {
            return false;
        }

        Import = import;
        Errors = ImportErrorLog.Parse(import.ErrorsJson);
        return true;
    }
}
