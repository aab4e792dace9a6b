using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Shipping;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Shipping;

/// <summary>Edits or deletes a tax rate.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class EditTaxRateModel(ShippingSettingsService settings) : PageModel
{
    public const string ConfirmValue = "yes";

    [FromRoute]
    public Guid TaxId { get; set; }

    [BindProperty]
    public TaxRateForm Tax { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The saved rate's label ("VAT 20 %") and country, for the heading.</summary>
    public TaxRate? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Saved = await settings.FindTaxAsync(TaxId, cancellationToken);
        if (Saved is null)
        {
            return NotFound();
        }

        Tax = TaxRateForm.From(Saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await settings.UpdateTaxAsync(TaxId, Tax.ToInput(), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice = $"Tax rate {result.Saved!.Label} was saved.";
            return RedirectToPage("Index", null, "taxes");
        }

        ShippingText.ShowErrors(ModelState, TaxRateForm.Prefix, result.Errors);
        return await RefusedAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? confirm, CancellationToken cancellationToken)
    {
        var tax = await settings.FindTaxAsync(TaxId, cancellationToken);
        if (tax is null)
        {
            return NotFound();
        }

        if (confirm != ConfirmValue)
        {
            ModelState.Clear();
            ModelState.AddModelError("confirm", "Tick the box to confirm that this tax rate should be deleted.");
            Tax = TaxRateForm.From(tax);
            return await RefusedAsync(cancellationToken);
        }

        await settings.DeleteTaxAsync(TaxId, cancellationToken);
        Notice = $"Tax rate {tax.Label} was deleted.";
        return RedirectToPage("Index", null, "taxes");
    }

    private async Task<IActionResult> RefusedAsync(CancellationToken cancellationToken)
    {
        // The heading names the saved rate while the fields keep what the merchant typed.
        Saved = await settings.FindTaxAsync(TaxId, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
