using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// Re-importing a product keeps its variants' identities: a row edits the existing variant with
/// the same SKU, or else with the same option values, instead of replacing it with a new one
/// (orders and carts refer to variants by id).
/// </summary>
internal static class ImportedVariants
{
    public static ProductInput MatchExisting(ProductInput input, Product existing)
    {
        var unclaimed = existing.Variants.ToList();
        var variants = new List<VariantInput>(input.Variants.Count);
        foreach (var variant in input.Variants)
        {
            var match = unclaimed.Find(v => variant.Sku is not null && string.Equals(v.Sku, variant.Sku, StringComparison.OrdinalIgnoreCase))
                        ?? unclaimed.Find(v => SameOptions(v, variant));
            if (match is not null)
            {
                unclaimed.Remove(match);
            }

            variants.Add(variant with { Id = match?.Id });
        }

        return input with { Variants = variants };
    }

    private static bool SameOptions(ProductVariant existing, VariantInput row)
    {
        var wanted = row.OptionValues.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
        return existing.OptionValues.SequenceEqual(wanted, StringComparer.OrdinalIgnoreCase);
    }
}
