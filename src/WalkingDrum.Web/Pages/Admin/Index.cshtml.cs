using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Pages.Admin;

/// <summary>The shop admin's landing page.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class DashboardModel(IStoreProfileReader profiles, WalkingDrumDbContext db) : PageModel
{
    public StoreProfile Profile { get; private set; } = null!;

    public int StaffCount { get; private set; }

    public int CustomerCount { get; private set; }

    public string StorefrontUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Profile = await profiles.GetAsync(cancellationToken);
        var counts = await db.Set<ShopUserRole>()
            .Join(db.Set<ShopRole>(), m => m.RoleId, r => r.Id, (m, r) => r.Name)
            .GroupBy(name => name)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        StaffCount = counts.Where(c => c.Role is Roles.Owner or Roles.Staff).Sum(c => c.Count);
        CustomerCount = counts.Where(c => c.Role == Roles.Customer).Sum(c => c.Count);
    }
}
