using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Shipping;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Pages.Admin.Shipping;

/// <summary>Edits or deletes a shipping rate.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class EditShippingRateModel(ShippingSettingsService settings, IStoreProfileReader profiles) : PageModel
{
    public const string ConfirmValue = "yes";

    [FromRoute]
    public Guid RateId { get; set; }

    [BindProperty]
    public ShippingRateForm Rate { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string SavedName { get; private set; } = "";

    public string Currency { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var rate = await settings.FindRateAsync(RateId, cancellationToken);
        if (rate is null)
        {
            return NotFound();
        }

        Rate = ShippingRateForm.From(rate);
        await ShowAsync(rate, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await settings.UpdateRateAsync(RateId, Rate.ToInput(), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice = $"Shipping rate “{result.Saved!.Name}” was saved.";
            return RedirectToPage("Index", null, "rates");
        }

        ShippingText.ShowErrors(ModelState, ShippingRateForm.Prefix, result.Errors);
        return await RefusedAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? confirm, CancellationToken cancellationToken)
    {
        var rate = await settings.FindRateAsync(RateId, cancellationToken);
        if (rate is null)
        {
            return NotFound();
        }

        if (confirm != ConfirmValue)
        {
            ModelState.Clear();
            ModelState.AddModelError("confirm", "Tick the box to confirm that this rate should be deleted.");
            Rate = ShippingRateForm.From(rate);
            return await RefusedAsync(cancellationToken);
        }

        await settings.DeleteRateAsync(RateId, cancellationToken);
        Notice = $"Shipping rate “{rate.Name}” was deleted.";
        return RedirectToPage("Index", null, "rates");
    }

    private async Task<IActionResult> RefusedAsync(CancellationToken cancellationToken)
    {
        // The heading names the saved rate while the fields keep what the merchant typed.
        var saved = await settings.FindRateAsync(RateId, cancellationToken);
        if (saved is not null)
        {
            await ShowAsync(saved, cancellationToken);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task ShowAsync(ShippingRate rate, CancellationToken cancellationToken)
    {
        SavedName = rate.Name;
        Currency = (await profiles.GetAsync(cancellationToken)).Currency;
    }
}
