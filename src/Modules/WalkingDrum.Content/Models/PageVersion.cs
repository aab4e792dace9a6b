using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>A saved state of a page, kept for history, preview links and restore.</summary>
public sealed class PageVersion : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid PageId { get; set; }

    /// <summary>1, 2, 3… per page.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

    /// <summary>The ordered blocks as JSON, sanitized.</summary>
    public required string BlocksJson { get; set; }

    /// <summary>Email of the merchant or staff member who saved it.</summary>
    public string Author { get; set; } = "";

    /// <summary>Whether this version was published when saved.</summary>
    public bool WasPublished { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
