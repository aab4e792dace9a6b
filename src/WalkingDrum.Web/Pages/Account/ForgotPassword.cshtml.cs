using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WalkingDrum.Core.Email;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Web.Email;

namespace WalkingDrum.Web.Pages.Account;

/// <summary>
/// Sends a reset link. The answer is the same for known and unknown addresses, and the work on
/// the request path stays small either way (one lookup; a known address adds a token and one
/// outbox row, and SMTP happens in the background), so nobody can probe which emails have accounts.
/// </summary>
[Scope(EndpointScope.Any)]
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class ForgotPasswordModel(
    UserManager<ShopUser> users, IEmailSender email, EmailTemplates templates, ITenantContext tenantContext) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [StringLength(254, ErrorMessage = "Use at most 254 characters.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

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

        var user = await users.FindByNameAsync(Email!.Trim());
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/account/reset-password"
                       + $"?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}";
            var message = await templates.RenderAsync("password-reset", user.Email!, new Dictionary<string, string>
            {
                ["store_name"] = tenantContext.Tenant.DisplayName,
                ["reset_url"] = link,
            });
            await email.EnqueueAsync(message);
        }

        Sent = true;
        return Page();
    }
}
