using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>A named group of products shown together at <c>/collections/{slug}</c>.</summary>
public sealed class Collection : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    /// <summary>Unique per shop.</summary>
    public required string Slug { get; set; }

    /// <summary>Sanitized HTML.</summary>
    public string DescriptionHtml { get; set; } = "";

    public bool IsPublished { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
