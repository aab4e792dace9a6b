using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services;

/// <summary>
/// Turns validated variant rows into the product's variants: a row edits the existing variant it
/// names (by id, else by SKU, else by option values), and variants no row matched are removed.
/// </summary>
internal static class VariantStaging
{
    public static void Apply(WalkingDrumDbContext db, Product product, IReadOnlyList<ValidVariant> rows)
    {
        var unmatched = product.Variants.ToList();
        var result = new List<ProductVariant>();
        foreach (var row in rows)
        {
            var variant = Take(unmatched, v => row.Id is { } id && v.Id == id)
                          ?? Take(unmatched, v => row.Sku is not null && v.Sku == row.Sku)
                          ?? Take(unmatched, v => v.OptionValues.SequenceEqual(row.OptionValues, StringComparer.OrdinalIgnoreCase))
                          ?? new ProductVariant { ProductId = product.Id };
            variant.Position = result.Count;
            variant.Option1 = row.OptionValues.ElementAtOrDefault(0);
            variant.Option2 = row.OptionValues.ElementAtOrDefault(1);
            variant.Option3 = row.OptionValues.ElementAtOrDefault(2);
            variant.Sku = row.Sku;
            variant.Price = row.Price;
            variant.CompareAtPrice = row.CompareAtPrice;
            variant.Stock = row.Stock;
            variant.TrackInventory = row.TrackInventory;
            result.Add(variant);
        }

        foreach (var removed in unmatched)
        {
            product.Variants.Remove(removed);
            db.Remove(removed);
        }

        foreach (var variant in result.Where(v => !product.Variants.Contains(v)))
        {
            product.Variants.Add(variant);
            db.Add(variant);
        }

        product.Variants.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    private static ProductVariant? Take(List<ProductVariant> candidates, Func<ProductVariant, bool> match)
    {
        var found = candidates.Find(v => match(v));
        if (found is not null)
        {
            candidates.Remove(found);
        }

        return found;
    }
}
