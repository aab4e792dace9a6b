using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Billing.Services.Gateway;
using WalkingDrum.Billing.Services.Settings;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Billing.Pages.Admin.Payments;

/// <summary>
/// The shop's Stripe keys (owner only: they move money). Without keys the shop takes test
/// payments in the sandbox; with them, the same checkout takes real payments.
/// </summary>
[Authorize(Roles = Roles.Owner)]
public sealed class PaymentsModel(PaymentSettingsService settings) : PageModel
{
    [BindProperty]
    public PaymentSettingsInput Input { get; set; } = new();

    public PaymentSettingsView Saved { get; private set; } = null!;

    /// <summary>The address to enter as the webhook endpoint in Stripe's dashboard.</summary>
    public string WebhookUrl => SandboxWebhooks.ReceiverUrl(Request);

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Saved = await settings.GetAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await settings.SaveAsync(Input, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }

            Saved = await settings.GetAsync(cancellationToken);
            return Page();
        }

        Notice = "Your Stripe keys were saved. Use “Test connection” to check them.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        var (ok, message) = await settings.TestConnectionAsync(cancellationToken);
        if (ok)
        {
            Notice = message;
        }
        else
        {
            Problem = message;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSandboxAsync(CancellationToken cancellationToken)
    {
        await settings.UseSandboxAsync(cancellationToken);
        Notice = "Your Stripe keys were removed. The shop takes test payments in the sandbox again.";
        return RedirectToPage();
    }
}
