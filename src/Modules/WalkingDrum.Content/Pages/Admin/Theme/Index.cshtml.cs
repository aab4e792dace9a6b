using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Content.Services.Theme;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Content.Pages.Admin.Theme;

/// <summary>Logo, colours, fonts and the home page's hero of the storefront theme.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class ThemeSettingsModel(ThemeSettingsService settings) : PageModel
{
    [BindProperty]
    public ThemeForm Input { get; set; } = new();

    [TempData]
    public bool Saved { get; set; }

    public IReadOnlyList<MediaChoice> Images { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Warnings { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = ThemeForm.From(await settings.GetAsync(cancellationToken));
        await PrepareAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Validate(ModelState);
        foreach (var (field, id) in new[] { ("Input.LogoMediaId", Input.LogoMediaId), ("Input.HeroImageId", Input.HeroImageId) })
        {
            // Only this shop's images: another shop's media id is refused like any unknown one.
            if (id is { } value && !await settings.AreImagesAsync([value], cancellationToken))
            {
                ModelState.AddModelError(field, "Choose an image from your media library.");
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await PrepareAsync(cancellationToken);
            return Page();
        }

        await settings.SaveAsync(Input.ToSettings(), cancellationToken);
        Saved = true;
        return RedirectToPage();
    }

    /// <summary>Whether the field has an error, for <c>aria-invalid</c>.</summary>
    public string? Invalid(string field) =>
        ModelState.TryGetValue("Input." + field, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Guid?[] chosen = [Input.LogoMediaId, Input.HeroImageId];
        Images = await settings.ImageChoicesAsync(chosen.OfType<Guid>().ToArray(), cancellationToken);
        Warnings = Input.ContrastWarnings();
    }
}
