using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Services.Search;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Search;

/// <summary>How many items the storefront search holds, and a rebuild from the database.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class SearchIndexModel(StorefrontSearch search) : PageModel
{
    public int DocumentCount { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        DocumentCount = await search.CountAsync(cancellationToken);

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        var count = await search.RebuildAsync(cancellationToken);
        Notice = count == 1 ? "The index was rebuilt with 1 item." : $"The index was rebuilt with {count} items.";
        return RedirectToPage();
    }
}
