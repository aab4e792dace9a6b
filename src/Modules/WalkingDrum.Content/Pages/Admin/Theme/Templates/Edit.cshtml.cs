using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services.Theme;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Identity;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Pages.Admin.Theme.Templates;

/// <summary>
/// The owner edits one template's Liquid: checked on save (invalid source is never saved),
/// previewed with the shop's data without saving, switched on or off, or reverted to the theme's.
/// </summary>
[Authorize(Roles = Roles.Owner)]
public sealed class TemplateEditModel(
    ThemeRenderer theme, TemplateOverrideAdmin admin, ITemplateOverrides overrides, Storefront storefront, IProductCards cards) : PageModel
{
    private const string ProductCardTemplate = "product-card";

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public bool IsEnabled { get; set; } = true;

    [TempData]
    public string? Notice { get; set; }

    public string TemplateName { get; private set; } = "";

    public TemplateOverride? Existing { get; private set; }

    public string? SourceError { get; private set; }

    public int? SourceErrorLine { get; private set; }

    public string? PreviewHtml { get; private set; }

    public string? PreviewError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string templateName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(templateName, cancellationToken))
        {
            return NotFound();
        }

        Source = Existing?.Source ?? theme.ThemeSource(TemplateName);
        IsEnabled = Existing?.IsEnabled ?? true;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string templateName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(templateName, cancellationToken))
        {
            return NotFound();
        }

        if (!Check())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await admin.SaveAsync(TemplateName, Source!, IsEnabled, User.Identity?.Name ?? "", cancellationToken);
        Notice = IsEnabled ? "Your template is saved and in use on the storefront." : "Your template is saved; it is switched off, so the storefront uses the theme's.";
        return RedirectToPage(new { templateName = TemplateName });
    }

    public async Task<IActionResult> OnPostRevertAsync(string templateName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(templateName, cancellationToken))
        {
            return NotFound();
        }

        await admin.RevertAsync(TemplateName, cancellationToken);
        Notice = "Reverted: the storefront uses the theme's template again.";
        return RedirectToPage(new { templateName = TemplateName });
    }

    public async Task<IActionResult> OnPostPreviewAsync(string templateName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(templateName, cancellationToken))
        {
            return NotFound();
        }

        var fromHtmx = Request.Headers.ContainsKey("HX-Request");
        if (Check())
        {
            await PreviewAsync(cancellationToken);
        }
        else if (!fromHtmx)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        // htmx swaps only successful responses, so the fragment carries its error with a 200.
        return fromHtmx ? Partial("_TemplatePreview", this) : Page();
    }

    private async Task<bool> LoadAsync(string templateName, CancellationToken cancellationToken)
    {
        if (!theme.IsOverridable(templateName))
        {
            return false;
        }

        TemplateName = templateName;
        Existing = await admin.FindAsync(templateName, cancellationToken);
        return true;
    }

    private bool Check()
    {
        var check = admin.Check(Source);
        SourceError = check.Error;
        SourceErrorLine = check.Line;
        if (!check.IsValid)
        {
            ModelState.AddModelError(nameof(Source), check.Error!);
        }

        return check.IsValid;
    }

    private async Task PreviewAsync(CancellationToken cancellationToken)
    {
        var saved = await overrides.GetAsync(cancellationToken);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (TemplateName == ProductCardTemplate)
        {
            // The product card partial previews with the shop's newest product.
            var newest = await cards.ListAsync(null, 1, cancellationToken);
            values["card"] = newest.Count > 0 ? newest[0] : null;
        }

        var page = new StorefrontPage(TemplateName == "layout" ? "index" : TemplateName, "Preview", values);
        try
        {
            PreviewHtml = await storefront.RenderPreviewAsync(page, saved.With(TemplateName, Source!), cancellationToken);
        }
        catch (TemplateOverrideException ex)
        {
            PreviewError = $"Your {ex.TemplateName} template fails while rendering: {ex.Message}";
        }
    }
}
