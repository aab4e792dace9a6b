namespace WalkingDrum.Theme.Models;

/// <summary>A storefront page to render: its template, title, meta and the objects the template reads.</summary>
/// <param name="Template">Theme template name (<c>product</c>, <c>collection</c>, …).</param>
/// <param name="Title">Page title, shown before the store name.</param>
/// <param name="Values">Objects the template reads, by Liquid name (<c>product</c>, <c>collection</c>, …).</param>
public sealed record StorefrontPage(string Template, string? Title, IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>Meta description; the store's tagline when empty.</summary>
    public string? Description { get; init; }

    /// <summary>Image shown when the page is shared on social networks.</summary>
    public string? SocialImageUrl { get; init; }

    /// <summary>HTTP status of the response (404 for the not-found page).</summary>
    public int StatusCode { get; init; } = 200;
}
