namespace WalkingDrum.Theme.Models;

/// <summary>What every storefront page renders with.</summary>
/// <param name="Store">The shop.</param>
/// <param name="BasePath">The tenant's path base (<c>/s/name</c>, or empty on its own host).</param>
/// <param name="PageTitle">Title of the page, shown before the store name.</param>
/// <param name="Year">Current year for the footer.</param>
public sealed record StorefrontModel(StoreDrop Store, string BasePath, string? PageTitle, int Year)
{
    /// <summary>Meta description of the page; the store's tagline when empty.</summary>
    public string? Description { get; init; }

    /// <summary>Absolute or base-relative URL of the image shown when the page is shared.</summary>
    public string? SocialImageUrl { get; init; }
}
