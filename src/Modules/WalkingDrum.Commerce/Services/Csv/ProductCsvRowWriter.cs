using CsvHelper;
using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>Writes one product's rows: its fields on the first, one variant per row.</summary>
internal sealed class ProductCsvRowWriter(
    Product product, IEnumerable<string> collectionSlugs, IReadOnlyDictionary<string, string> fields, IReadOnlyList<string> fieldNames)
{
    public async Task WriteAsync(CsvWriter csv)
    {
        var first = true;
        foreach (var variant in product.Variants.OrderBy(v => v.Position))
        {
            csv.WriteField(product.Slug);
            csv.WriteField(first ? product.Title : "");
            csv.WriteField(first ? product.DescriptionHtml : "");
            csv.WriteField(first ? product.Status.ToString().ToLowerInvariant() : "");
            csv.WriteField(first ? string.Join(", ", product.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)) : "");
            csv.WriteField(first ? string.Join(", ", collectionSlugs) : "");
            var names = new[] { product.Option1Name, product.Option2Name, product.Option3Name };
            var values = new[] { variant.Option1, variant.Option2, variant.Option3 };
            for (var i = 0; i < 3; i++)
            {
                csv.WriteField(names[i] ?? "");
                csv.WriteField(values[i] ?? "");
            }

            csv.WriteField(variant.Sku ?? "");
            csv.WriteField(variant.Price.ToMajorString());
            csv.WriteField(variant.CompareAtPrice?.ToMajorString() ?? "");
            csv.WriteField(variant.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(variant.TrackInventory ? "yes" : "no");
            foreach (var name in fieldNames)
            {
                csv.WriteField(first ? fields.GetValueOrDefault(name, "") : "");
            }

            await csv.NextRecordAsync();
            first = false;
        }
    }
}
