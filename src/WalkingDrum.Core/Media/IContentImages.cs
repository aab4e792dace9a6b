using WalkingDrum.Core.Content;

namespace WalkingDrum.Core.Media;

/// <summary>An image of the media library, ready for an <c>img</c> element.</summary>
/// <param name="Id">The media item.</param>
/// <param name="Url">URL of a mid-sized variant, relative to the tenant's base path (<c>/media/…</c>).</param>
/// <param name="SrcSet">Every responsive variant as a <c>srcset</c> value, relative to the base path.</param>
/// <param name="Alt">Alternative text (required when the image was uploaded).</param>
/// <param name="Width">Width of the original in pixels.</param>
/// <param name="Height">Height of the original in pixels.</param>
public sealed record MediaImage(Guid Id, string Url, string SrcSet, string Alt, int Width, int Height);

/// <summary>
/// The images attached to content items (a product's gallery), for modules that show them
/// without reading the media tables.
/// </summary>
public interface IContentImages
{
    /// <summary>The item's images in display order.</summary>
    Task<IReadOnlyList<MediaImage>> ListAsync(ContentItemKey item, CancellationToken cancellationToken);

    /// <summary>The first image of each item that has one, by item id.</summary>
    Task<IReadOnlyDictionary<Guid, MediaImage>> FirstImagesAsync(string contentType, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the item's images as exactly <paramref name="mediaIds"/>, in that order, on the scoped
    /// DbContext; the caller saves. Ids that are not images of the current tenant are refused with
    /// <see cref="ArgumentException"/>.
    /// </summary>
    Task SetAsync(ContentItemKey item, IReadOnlyList<Guid> mediaIds, CancellationToken cancellationToken);
}

/// <summary>Looks up media-library images by id (image blocks, social images).</summary>
public interface IMediaImages
{
    /// <summary>The current tenant's images among <paramref name="ids"/>, by id; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, MediaImage>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
