using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Coupons;

/// <summary>Edits or deactivates a coupon.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class EditCouponModel(CouponService coupons) : PageModel
{
    [FromRoute]
    public Guid CouponId { get; set; }

    [BindProperty]
    public CouponForm Input { get; set; } = new();

    public string SavedCode { get; private set; } = "";

    public bool SavedActive { get; private set; }

    public int TimesRedeemed { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var coupon = await coupons.FindAsync(CouponId, cancellationToken);
        if (coupon is null)
        {
            return NotFound();
        }

        Show(coupon);
        Input = CouponForm.From(coupon);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await coupons.UpdateAsync(CouponId, Input.ToInput(), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice = $"Coupon {result.Coupon!.Code} was saved.";
            return RedirectToPage("Edit", new { couponId = CouponId });
        }

        // Show the saved coupon's heading while the fields keep what the merchant typed.
        var saved = await coupons.FindAsync(CouponId, cancellationToken);
        if (saved is not null)
        {
            Show(saved);
        }

        CouponForm.ShowErrors(ModelState, result.Errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken)
    {
        if (!await coupons.DeactivateAsync(CouponId, cancellationToken))
        {
            return NotFound();
        }

        Notice = "The coupon was deactivated.";
        return RedirectToPage("Edit", new { couponId = CouponId });
    }

    private void Show(Coupon coupon)
    {
        SavedCode = coupon.Code;
        SavedActive = coupon.Active;
        TimesRedeemed = coupon.TimesRedeemed;
    }
}
