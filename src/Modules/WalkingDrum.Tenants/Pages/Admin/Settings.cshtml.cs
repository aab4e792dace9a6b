using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Core.Identity;
using WalkingDrum.Tenants.Models;
using WalkingDrum.Tenants.Services;

namespace WalkingDrum.Tenants.Pages.Admin;

/// <summary>The owner edits the shop's name, tagline, contact email and currency.</summary>
[Authorize(Roles = Roles.Owner)]
public sealed class StoreSettingsModel(StoreSettingsService settings) : PageModel
{
    [BindProperty]
    public SettingsForm Input { get; set; } = new();

    [TempData]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (storeName, current) = await settings.GetAsync(cancellationToken);
        Input = new SettingsForm
        {
            StoreName = storeName,
            Tagline = current.Tagline,
            ContactEmail = current.ContactEmail,
            Currency = current.Currency,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.StoreName?.Any(char.IsControl) == true)
        {
            ModelState.AddModelError("Input.StoreName", "The store name cannot contain control characters.");
        }

        if (Input.Currency is null || !Currencies.Supported.Contains(Input.Currency))
        {
            ModelState.AddModelError("Input.Currency", "Choose one of the listed currencies.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (_, current) = await settings.GetAsync(cancellationToken);
        await settings.SaveAsync(Input.StoreName!.Trim(), current with
        {
            Tagline = Input.Tagline?.Trim() ?? "",
            ContactEmail = Input.ContactEmail?.Trim() ?? "",
            Currency = Input.Currency!,
        }, cancellationToken);
        Saved = true;
        return RedirectToPage();
    }

    public sealed class SettingsForm
    {
        [Required(ErrorMessage = "Enter your store's name.")]
        [StringLength(80, ErrorMessage = "Use at most 80 characters.")]
        [Display(Name = "Store name")]
        public string? StoreName { get; set; }

        [StringLength(160, ErrorMessage = "Use at most 160 characters.")]
        public string? Tagline { get; set; }

        [StringLength(254, ErrorMessage = "Use at most 254 characters.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Contact email")]
        public string? ContactEmail { get; set; }

        public string? Currency { get; set; }
    }
}
