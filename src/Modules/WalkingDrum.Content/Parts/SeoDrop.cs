namespace WalkingDrum.Content.Parts;

/// <summary>The SEO part as templates see it (<c>parts.seo</c>).</summary>
/// <param name="Title">Title for search results; empty when the item's own title is used.</param>
/// <param name="Description">Meta description.</param>
/// <param name="SocialImageUrl">Image shown when shared, relative to the tenant's base path.</param>
public sealed record SeoDrop(string Title, string Description, string? SocialImageUrl);

/// <summary>What the SEO editor section shows.</summary>
public sealed record SeoPartEditor(string Title, string Description, Guid? SocialImageId, IReadOnlyList<Services.MediaChoice> Images);

/// <summary>The SEO fields as entered (admin form or recipe).</summary>
public sealed record SeoInput(string? Title, string? Description, string? SocialImageId);
