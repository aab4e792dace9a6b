using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Csv;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Products;

/// <summary>Upload a product CSV; recent imports with their outcome.</summary>
[Authorize(Roles = Roles.AdminRoles)]
[RequestFormLimits(MultipartBodyLengthLimit = 200L * 1024 * 1024)]
[RequestSizeLimit(200L * 1024 * 1024)]
public sealed class ImportModel(CatalogImportService imports) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<CatalogImport> Recent { get; private set; } = [];

    public long MaxMegabytes => imports.MaxBytes / 1024 / 1024;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Recent = await imports.RecentAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (importId, error) = await imports.StartAsync(Upload, User.Identity?.Name ?? "", cancellationToken);
        if (importId is null)
        {
            ModelState.AddModelError(nameof(Upload), error!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Recent = await imports.RecentAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage("ImportStatus", new { importId });
    }
}
