using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Coupons;

/// <summary>Adds a coupon.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class NewCouponModel(CouponService coupons) : PageModel
{
    [BindProperty]
    public CouponForm Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The form's own checks decide; model binding's messages would duplicate or contradict them.
        ModelState.Clear();
        var result = await coupons.CreateAsync(Input.ToInput(), cancellationToken);
        if (result.Succeeded)
        {
            Notice = $"Coupon {result.Coupon!.Code} was added.";
            return RedirectToPage("Index");
        }

        CouponForm.ShowErrors(ModelState, result.Errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
