using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Web.Pages.Account;

/// <summary>Sets a new password from an emailed token; also lifts a lockout.</summary>
[Scope(EndpointScope.Any)]
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class ResetPasswordModel(UserManager<ShopUser> users) : PageModel
{
    private const string InvalidLink = "This reset link is invalid or has expired. Ask for a new one.";

    [BindProperty]
    public ResetForm Input { get; set; } = new();

    public void OnGet(string? email, string? token)
    {
        Input.Email = email;
        Input.Token = token;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var user = await users.FindByNameAsync(Input.Email!);
            var result = user is null
                ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = InvalidLink })
                : await users.ResetPasswordAsync(user, Input.Token!, Input.Password!);
            if (result.Succeeded)
            {
                await users.SetLockoutEndDateAsync(user!, null);
                await users.ResetAccessFailedCountAsync(user!);
                return LocalRedirect(Url.Content("~/account/login"));
            }

            foreach (var error in result.Errors)
            {
                var key = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "";
                ModelState.AddModelError(key, error.Code == "InvalidToken" ? InvalidLink : error.Description);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class ResetForm
    {
        [Required(ErrorMessage = InvalidLink)]
        [StringLength(254)]
        public string? Email { get; set; }

        [Required(ErrorMessage = InvalidLink)]
        [StringLength(2048)]
        public string? Token { get; set; }

        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(128, ErrorMessage = "Use at most 128 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? Password { get; set; }
    }
}
