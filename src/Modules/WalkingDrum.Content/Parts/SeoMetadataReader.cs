using WalkingDrum.Core.Content;

namespace WalkingDrum.Content.Parts;

/// <summary>The SEO part's data for the modules that render an item's page (the catalog's product page).</summary>
internal sealed class SeoMetadataReader(SeoPart part) : IContentMetadata
{
    public async Task<ContentMetadata?> GetAsync(ContentItemKey item, CancellationToken cancellationToken) =>
        await part.BuildDropAsync(item, cancellationToken) is SeoDrop seo
            ? new ContentMetadata(NullIfEmpty(seo.Title), NullIfEmpty(seo.Description), seo.SocialImageUrl)
            : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
