namespace WalkingDrum.Core.Content;

/// <summary>Search-engine and sharing metadata a merchant set for an item.</summary>
/// <param name="Title">Title for search results and the browser tab; the item's title when empty.</param>
/// <param name="Description">Meta description.</param>
/// <param name="SocialImageUrl">Image shown when the page is shared, relative to the tenant's base path.</param>
public sealed record ContentMetadata(string? Title, string? Description, string? SocialImageUrl);

/// <summary>Reads an item's SEO metadata, for the module that renders the item's page.</summary>
public interface IContentMetadata
{
    /// <summary>The item's metadata, or <see langword="null"/> when none was set.</summary>
    Task<ContentMetadata?> GetAsync(ContentItemKey item, CancellationToken cancellationToken);
}
