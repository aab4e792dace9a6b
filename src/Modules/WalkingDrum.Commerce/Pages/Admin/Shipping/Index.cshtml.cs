using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Shipping;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Pages.Admin.Shipping;

/// <summary>The shop's shipping rates and tax rates, with forms to add either and to reorder the rates.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class ShippingIndexModel(ShippingSettingsService settings, IStoreProfileReader profiles) : PageModel
{
    [BindProperty]
    public ShippingRateForm Rate { get; set; } = new();

    [BindProperty]
    public TaxRateForm Tax { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<ShippingRate> Rates { get; private set; } = [];

    public IReadOnlyList<TaxRate> Taxes { get; private set; } = [];

    /// <summary>The shop's currency, which new and saved rates are priced in.</summary>
    public string Currency { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddRateAsync(CancellationToken cancellationToken)
    {
        // The service's checks decide; model binding's messages would duplicate or contradict them.
        ModelState.Clear();
        var result = await settings.CreateRateAsync(Rate.ToInput(), cancellationToken);
        if (result.Succeeded)
        {
            Notice = $"Shipping rate “{result.Saved!.Name}” was added.";
            return RedirectToPage();
        }

        ShippingText.ShowErrors(ModelState, ShippingRateForm.Prefix, result.Errors);
        return await RefusedAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddTaxAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await settings.CreateTaxAsync(Tax.ToInput(), cancellationToken);
        if (result.Succeeded)
        {
            Notice = $"Tax rate {result.Saved!.Label} was added.";
            return RedirectToPage();
        }

        ShippingText.ShowErrors(ModelState, TaxRateForm.Prefix, result.Errors);
        return await RefusedAsync(cancellationToken);
    }

    /// <summary>Moves a rate one place up (<paramref name="by"/> −1) or down (+1) in checkout order.</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, int by, CancellationToken cancellationToken)
    {
        if (!await settings.MoveRateAsync(id, Math.Sign(by), cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage(null, null, "rates");
    }

    /// <summary>Whether the add form with this prefix was posted and refused (it opens again, showing why).</summary>
    public bool Refused(string prefix) => ModelState.Keys.Any(k => k.StartsWith(prefix + ".", StringComparison.Ordinal));

    private async Task<IActionResult> RefusedAsync(CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        Rates = await settings.ListRatesAsync(cancellationToken);
        Taxes = await settings.ListTaxesAsync(cancellationToken);
        Currency = (await profiles.GetAsync(cancellationToken)).Currency;
    }
}
