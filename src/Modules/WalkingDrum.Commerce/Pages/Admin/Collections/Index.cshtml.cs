using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Collections;

/// <summary>The shop's collections with how many products each holds.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class CollectionsIndexModel(WalkingDrumDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Title, string Slug, bool Published, int Products);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Set<Collection>().AsNoTracking().OrderBy(c => c.Title)
            .Select(c => new Row(c.Id, c.Title, c.Slug, c.IsPublished, db.Set<CollectionProduct>().Count(m => m.CollectionId == c.Id)))
            .ToListAsync(cancellationToken);
}
