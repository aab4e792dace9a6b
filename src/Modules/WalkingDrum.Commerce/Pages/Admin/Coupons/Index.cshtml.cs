using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Coupons;

/// <summary>The shop's coupons with how often each was used.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class CouponsIndexModel(CouponService coupons) : PageModel
{
    public IReadOnlyList<Coupon> Coupons { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Coupons = await coupons.ListAsync(cancellationToken);
}
