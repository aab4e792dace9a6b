namespace WalkingDrum.Commerce.Services;

/// <summary>A collection as a merchant entered it (admin form, recipe).</summary>
/// <param name="Title">Required, at most 200 characters.</param>
/// <param name="Slug">Made from the title when empty.</param>
/// <param name="Description">Merchant HTML; sanitized before it is stored.</param>
/// <param name="Published">Whether shoppers see it at <c>/collections/{slug}</c>.</param>
/// <param name="ProductIds">The member products in display order, or <see langword="null"/> to keep the members.</param>
public sealed record CollectionInput(string? Title, string? Slug, string? Description, bool Published, IReadOnlyList<Guid>? ProductIds = null);
