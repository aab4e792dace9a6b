using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>The SEO part's data for one page or product.</summary>
public sealed class SeoMetadata : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>The kind of item (<see cref="WalkingDrum.Core.Content.ContentTypes"/>).</summary>
    public required string ContentType { get; set; }

    public Guid ItemId { get; set; }

    /// <summary>Title for search results and the browser tab; the item's title when empty.</summary>
    public string? Title { get; set; }

    /// <summary>Meta description.</summary>
    public string? Description { get; set; }

    /// <summary>Media-library image shown when the page is shared.</summary>
    public Guid? SocialImageId { get; set; }
}
