using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Web.Pages.Account;

/// <summary>Signs out on POST only, so a link cannot sign anyone out.</summary>
[Scope(EndpointScope.Any)]
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ShopUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
