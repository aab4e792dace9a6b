using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>An image of the media library attached to a content item (a product's gallery), in order.</summary>
public sealed class ContentImage : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>The kind of item (<see cref="WalkingDrum.Core.Content.ContentTypes"/>).</summary>
    public required string ContentType { get; set; }

    public Guid ItemId { get; set; }

    public Guid MediaId { get; set; }

    /// <summary>Display order; the first image is the item's card image.</summary>
    public int Position { get; set; }
}
