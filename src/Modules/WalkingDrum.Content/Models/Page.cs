using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>
/// A storefront page. The row holds the working draft the merchant edits; what shoppers see is
/// the <see cref="PageVersion"/> numbered <see cref="PublishedVersion"/>, so editing never
/// changes the live page until the merchant publishes.
/// </summary>
public sealed class Page : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Draft title.</summary>
    public required string Title { get; set; }

    /// <summary>Unique per shop; the page lives at <c>/pages/{slug}</c> (the home page at <c>/</c>).</summary>
    public required string Slug { get; set; }

    /// <summary>Draft body: the ordered blocks as JSON.</summary>
    public string BlocksJson { get; set; } = "[]";

    /// <summary>Whether this page is the storefront's home page (at most one per shop).</summary>
    public bool IsHomePage { get; set; }

    /// <summary>Number of the version shoppers see; <see langword="null"/> while unpublished.</summary>
    public int? PublishedVersion { get; set; }

    /// <summary>Highest version number saved so far.</summary>
    public int LatestVersion { get; set; }

    /// <summary>Whether the draft differs from the published version.</summary>
    public bool HasUnpublishedChanges { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}
