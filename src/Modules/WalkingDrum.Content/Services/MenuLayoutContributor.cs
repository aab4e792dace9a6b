using Microsoft.AspNetCore.Http;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Drops;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Services;

/// <summary>Gives every storefront page the header and footer menus as <c>menus</c>.</summary>
internal sealed class MenuLayoutContributor(MenuService menus, StorefrontReadCache reads, ITenantContext tenant, IHttpContextAccessor http) : IStorefrontLayoutContributor
{
    public async Task ContributeAsync(IDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var request = http.HttpContext?.Request;
        var basePath = request?.PathBase.Value ?? "";
        var current = Trim(basePath + (request?.Path.Value ?? "/"));
        var (header, footer) = (await reads.GetOrLoadAsync(tenant.TenantId, "menus", async ct => new MenuLinks(await menus.LoadAsync(ct)), cancellationToken))!.Links;
        IReadOnlyList<MenuLinkDrop> Drops(IReadOnlyList<MenuLink> links) => links.Select(link =>
        {
            var href = LinkUrls.Href(link.Url, basePath);
            return new MenuLinkDrop(link.Label, href, string.Equals(Trim(href), current, StringComparison.Ordinal));
        }).ToArray();

        values["menus"] = new MenusDrop(Drops(header), Drops(footer));
    }

    private sealed record MenuLinks((IReadOnlyList<MenuLink> Header, IReadOnlyList<MenuLink> Footer) Links);

    // "/s/shop/" and "/s/shop" are the same page.
    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
