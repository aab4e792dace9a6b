using Microsoft.AspNetCore.Http;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Services.Theme;

/// <summary>Gives every storefront page the shop's <c>theme</c> (colours, fonts, logo, hero).</summary>
internal sealed class ThemeLayoutContributor(ThemeSettingsService settings, IHttpContextAccessor http) : IStorefrontLayoutContributor
{
    public async Task ContributeAsync(IDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var view = await settings.GetViewAsync(cancellationToken);
        values["theme"] = ThemeView.ForRequest(view, http.HttpContext?.Request.PathBase.Value ?? "");
    }
}
