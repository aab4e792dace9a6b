using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Pages.Account;

/// <summary>Lands a merchant who just signed up in their shop's admin, signed in.</summary>
[AllowAnonymous]
public sealed class HandoffModel(SignInHandoff handoff, SignInManager<ShopUser> signIn, ITenantContext tenantContext) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? token)
    {
        var user = string.IsNullOrEmpty(token) || token.Length > 2048
            ? null
            : await handoff.RedeemAsync(tenantContext.TenantId, token);
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.Content("~/admin"));
    }
}
