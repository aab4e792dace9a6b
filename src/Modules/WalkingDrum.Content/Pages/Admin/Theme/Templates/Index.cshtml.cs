using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services.Theme;
using WalkingDrum.Core.Identity;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Pages.Admin.Theme.Templates;

/// <summary>The theme's templates, which of them the shop overrides, and any that failed on the storefront.</summary>
[Authorize(Roles = Roles.Owner)]
public sealed class TemplateListModel(ThemeRenderer theme, TemplateOverrideAdmin overrides) : PageModel
{
    public IReadOnlyList<(string Name, TemplateOverride? Override)> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var saved = await overrides.ListAsync(cancellationToken);
        Templates = theme.OverridableTemplateNames.Select(n => (n, saved.GetValueOrDefault(n))).ToArray();
    }
}
