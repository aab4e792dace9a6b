using WalkingDrum.Core.Money;

namespace WalkingDrum.Core.Content;

/// <summary>A published item as the storefront search indexes it.</summary>
/// <param name="Item">The item.</param>
/// <param name="Title">Its title.</param>
/// <param name="Body">Plain text to search (description, page text); no markup.</param>
/// <param name="Path">Its storefront path relative to the tenant.</param>
/// <param name="Tags">Labels that should match exactly.</param>
/// <param name="Collections">Slugs of the collections it belongs to, for filters.</param>
/// <param name="Price">Lowest price, for price filters (products only).</param>
/// <param name="ImageUrl">Thumbnail for results, relative to the tenant.</param>
/// <param name="ImageAlt">Alternative text of the thumbnail.</param>
public sealed record SearchDocument(
    ContentItemKey Item,
    string Title,
    string Body,
    string Path,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Collections,
    Amount? Price,
    string? ImageUrl,
    string? ImageAlt);

/// <summary>
/// Gives the search index the published items of one content type, so search can be rebuilt from
/// the database and updated when an item changes.
/// </summary>
public interface ISearchSource
{
    /// <summary>The content type this source covers (<see cref="ContentTypes"/>).</summary>
    string ContentType { get; }

    /// <summary>Every published item of the current tenant.</summary>
    IAsyncEnumerable<SearchDocument> ListPublishedAsync(CancellationToken cancellationToken);

    /// <summary>The item if it is published, else <see langword="null"/> (then it leaves the index).</summary>
    Task<SearchDocument?> FindPublishedAsync(Guid itemId, CancellationToken cancellationToken);
}
