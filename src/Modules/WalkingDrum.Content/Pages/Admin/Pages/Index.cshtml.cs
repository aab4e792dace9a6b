using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ShopPage = WalkingDrum.Content.Models.Page;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Content.Pages.Admin.Pages;

/// <summary>The shop's pages, most recently changed first.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class PageListModel(WalkingDrumDbContext db) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<ShopPage> Pages { get; private set; } = [];

    // Sorted here: SQLite cannot order by DateTimeOffset, and a shop has few pages.
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pages = (await db.Set<ShopPage>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(p => p.UpdatedAt).ToArray();
}
