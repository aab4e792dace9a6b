namespace WalkingDrum.Commerce.Services;

/// <summary>
/// A product as a merchant entered it (admin form, recipe, CSV row): raw text, validated and
/// normalised by <see cref="ProductRules"/>.
/// </summary>
/// <param name="Title">Required, at most 200 characters.</param>
/// <param name="Slug">Made from the title when empty.</param>
/// <param name="Description">Merchant HTML; sanitized before it is stored.</param>
/// <param name="Status"><c>Draft</c>, <c>Active</c> or <c>Archived</c> (any case); Draft when empty.</param>
/// <param name="Options">Up to three option names (Size, Grind, Colour); blanks are ignored.</param>
/// <param name="Variants">One per option combination; exactly one when there are no options.</param>
/// <param name="Tags">Labels; trimmed, lower-cased and deduplicated.</param>
/// <param name="Collections">Slugs of the collections the product belongs to.</param>
/// <param name="Fields">Custom fields by name, or <see langword="null"/> to leave them to the <c>fields</c> part.</param>
public sealed record ProductInput(
    string? Title,
    string? Slug,
    string? Description,
    string? Status,
    IReadOnlyList<string?> Options,
    IReadOnlyList<VariantInput> Variants,
    IReadOnlyList<string?> Tags,
    IReadOnlyList<string> Collections,
    IReadOnlyList<KeyValuePair<string?, string?>>? Fields = null);

/// <summary>One variant as entered.</summary>
/// <param name="Id">The existing variant this row edits, if any.</param>
/// <param name="OptionValues">A value for each of the product's options, in order.</param>
/// <param name="Sku">Unique per shop when set.</param>
/// <param name="Price">Major units with a decimal point (<c>12.50</c>).</param>
/// <param name="CompareAtPrice">Former price, above <paramref name="Price"/>; empty for none.</param>
/// <param name="Stock">Whole units on hand; 0 when empty.</param>
/// <param name="TrackInventory">Whether the variant can sell out.</param>
public sealed record VariantInput(
    Guid? Id,
    IReadOnlyList<string?> OptionValues,
    string? Sku,
    string? Price,
    string? CompareAtPrice,
    string? Stock,
    bool TrackInventory);
