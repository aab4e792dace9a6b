using Microsoft.AspNetCore.Http;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// The one way modules render a storefront page for the current request: the shop, its layout
/// values and the page's own objects, through the theme.
/// </summary>
public sealed class Storefront(
    ThemeRenderer theme,
    ITemplateOverrides overrides,
    IStoreProfileReader profiles,
    IEnumerable<IStorefrontLayoutContributor> contributors,
    IHttpContextAccessor http,
    TimeProvider clock)
{
    /// <summary>The tenant's path base for links (<c>/s/name</c>, or empty on its own host).</summary>
    public string BasePath => http.HttpContext?.Request.PathBase.Value ?? "";

    /// <summary>Renders <paramref name="page"/> inside the layout as an HTML result.</summary>
    public async Task<IResult> RenderAsync(StorefrontPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = await RenderHtmlAsync(page, cancellationToken);
        return new HtmlPageResult(html, page.StatusCode);
    }

    /// <summary>The themed "page not found", with status 404.</summary>
    public Task<IResult> NotFoundAsync(CancellationToken cancellationToken) =>
        RenderAsync(new StorefrontPage("404", "Page not found", new Dictionary<string, object?>()) { StatusCode = StatusCodes.Status404NotFound }, cancellationToken);

    /// <summary>
    /// What an address with nothing behind it answers: a permanent redirect when its content moved
    /// (a slug changed; trailing slashes and letter case forgiven), else the themed 404 page.
    /// </summary>
    public async Task<IResult> RedirectOrNotFoundAsync(IStorefrontRedirects redirects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        var request = http.HttpContext?.Request;
        var path = request?.Path.Value ?? "/";
        path = path.Length > 1 ? path.TrimEnd('/') : path;
        var target = await redirects.FindAsync(path, cancellationToken);
        if (target is null && !string.Equals(path, path.ToLowerInvariant(), StringComparison.Ordinal))
        {
            target = await redirects.FindAsync(path.ToLowerInvariant(), cancellationToken);
        }

        // Targets are paths inside the shop; anything else would make the shop an open redirect.
        var local = target is not null && target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal)
                    && !target.StartsWith("/\\", StringComparison.Ordinal);
        return local
            ? TypedResults.Redirect(BasePath + target + request?.QueryString, permanent: true)
            : await NotFoundAsync(cancellationToken);
    }

    /// <summary>Renders <paramref name="page"/> inside the layout, with the shop's template overrides.</summary>
    public async Task<string> RenderHtmlAsync(StorefrontPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (model, values) = await PrepareAsync(page, cancellationToken);
        return await theme.RenderPageAsync(page.Template, model, values, overrides, cancellationToken);
    }

    /// <summary>
    /// Renders <paramref name="page"/> with <paramref name="candidate"/> in place of the shop's
    /// overrides and no fallback, so the admin can show an unsaved override or its error.
    /// </summary>
    public async Task<string> RenderPreviewAsync(StorefrontPage page, TemplateOverrideSet candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (model, values) = await PrepareAsync(page, cancellationToken);
        return await theme.RenderPreviewAsync(page.Template, model, values, candidate, cancellationToken);
    }

    private async Task<(StorefrontModel Model, Dictionary<string, object?> Values)> PrepareAsync(StorefrontPage page, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(cancellationToken);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var contributor in contributors)
        {
            await contributor.ContributeAsync(values, cancellationToken);
        }

        foreach (var (key, value) in page.Values)
        {
            values[key] = value;
        }

        var model = new StorefrontModel(new StoreDrop(profile.Name, profile.Tagline), BasePath, page.Title, clock.GetUtcNow().Year)
        {
            Description = page.Description,
            SocialImageUrl = page.SocialImageUrl,
        };
        return (model, values);
    }

    /// <summary>Renders each part's storefront snippet with its drop, for templates to place as <c>parts_html</c>.</summary>
    public async Task<string> RenderPartsAsync(IReadOnlyList<ContentPartDrop> parts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var html = new System.Text.StringBuilder();
        foreach (var part in parts.Where(p => p.Drop is not null && p.Part.StorefrontSnippet is not null))
        {
            html.Append(await theme.RenderSnippetAsync(part.Part.Name, part.Part.StorefrontSnippet!, part.Drop, BasePath, cancellationToken));
        }

        return html.ToString();
    }
}
