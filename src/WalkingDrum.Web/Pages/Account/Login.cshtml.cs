using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Web.Identity;

namespace WalkingDrum.Web.Pages.Account;

/// <summary>Password sign-in for shop users and, at the platform host, operators.</summary>
[Scope(EndpointScope.Any)]
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class LoginModel(TimingSafeSignIn signIn, ITenantContext tenantContext) : PageModel
{
    /// <summary>One message for unknown emails and wrong passwords alike.</summary>
    public const string FailedMessage = "The email or password is not right.";

    [BindProperty]
    public LoginForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, Input.RememberMe);
        if (result.Succeeded)
        {
            var home = tenantContext.Tenant.IsHost ? "~/platform" : "~/admin";
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content(home));
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "Too many failed attempts. This account is locked for 15 minutes; you can reset your password meanwhile."
            : FailedMessage);
        Response.StatusCode = result.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class LoginForm
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [StringLength(254, ErrorMessage = "Use at most 254 characters.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(128, ErrorMessage = "Use at most 128 characters.")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }
}
