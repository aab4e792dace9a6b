using Microsoft.AspNetCore.Http;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Core.Content;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Services;

/// <summary>Renders a page's blocks through the theme with its SEO title, description, social image and canonical address.</summary>
internal sealed class PageRendering(Storefront storefront, PageDropBuilder drops, IContentMetadata metadata, IHttpContextAccessor http)
{
    private const int DescriptionLength = 160;

    /// <summary>What a page is rendered from: published for shoppers, the draft (or an old version) in preview.</summary>
    public sealed record Source(Guid PageId, string Title, string Slug, IReadOnlyList<PageBlock> Blocks, bool IsHomePage);

    public async Task<IResult> RenderAsync(Source page, bool preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var seo = await metadata.GetAsync(new ContentItemKey(ContentTypes.Page, page.PageId), cancellationToken);
        var drop = await drops.BuildAsync(page.Title, page.Blocks, storefront.BasePath, cancellationToken);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["page"] = drop, ["preview"] = preview };
        if (!preview)
        {
            values["canonical_url"] = AbsoluteUrl(page.IsHomePage ? "/" : PageService.PathOf(page.Slug));
        }

        // The home page's tab shows the store's name unless the merchant chose an SEO title.
        var title = seo?.Title ?? (page.IsHomePage ? null : page.Title);
        return await storefront.RenderAsync(new StorefrontPage("page", title, values)
        {
            Description = seo?.Description ?? Excerpt(page.Blocks),
            SocialImageUrl = seo?.SocialImageUrl is { } image ? AbsoluteUrl(image) : null,
        }, cancellationToken);
    }

    /// <summary><paramref name="path"/> (relative to the tenant) as an absolute URL of the current request's shop.</summary>
    public string AbsoluteUrl(string path)
    {
        var request = http.HttpContext!.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }

    private static string? Excerpt(IReadOnlyList<PageBlock> blocks)
    {
        var text = PageDropBuilder.PlainText(blocks);
        if (text.Length <= DescriptionLength)
        {
            return text.Length == 0 ? null : text;
        }

        var cut = text.LastIndexOf(' ', DescriptionLength);
        return text[..(cut > 0 ? cut : DescriptionLength)] + "…";
    }
}
