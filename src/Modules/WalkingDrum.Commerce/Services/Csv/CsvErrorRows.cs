using System.Text.RegularExpressions;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>Turns the catalog rules' field errors into problems on the CSV rows and columns they came from.</summary>
internal static partial class CsvErrorRows
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        [nameof(ProductInput.Title)] = ProductCsvColumns.Title,
        [nameof(ProductInput.Slug)] = ProductCsvColumns.Handle,
        [nameof(ProductInput.Description)] = ProductCsvColumns.Description,
        [nameof(ProductInput.Status)] = ProductCsvColumns.Status,
        [nameof(ProductInput.Tags)] = ProductCsvColumns.Tags,
        [nameof(ProductInput.Collections)] = ProductCsvColumns.Collections,
        [nameof(ProductInput.Options)] = "option names",
        [nameof(ProductInput.Fields)] = "field columns",
        [nameof(ProductInput.Variants)] = "variants",
        [nameof(VariantInput.Sku)] = ProductCsvColumns.Sku,
        [nameof(VariantInput.Price)] = ProductCsvColumns.Price,
        [nameof(VariantInput.CompareAtPrice)] = ProductCsvColumns.CompareAtPrice,
        [nameof(VariantInput.Stock)] = ProductCsvColumns.Stock,
        [nameof(VariantInput.OptionValues)] = "option values",
    };

    /// <summary>One problem per message, on the variant's row for variant fields and on the first row otherwise.</summary>
    public static IEnumerable<CsvRowProblem> Map(ProductCsvGroup group, CatalogErrors errors)
    {
        foreach (var (key, messages) in errors.ByField)
        {
            var variant = VariantKey().Match(key);
            var row = variant.Success && int.Parse(variant.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var index
                      && index < group.Rows.Count
                ? group.Rows[index]
                : group.Rows[0];
            var field = variant.Success ? variant.Groups[2].Value : key.Split('[', '.')[0];
            var column = Columns.GetValueOrDefault(field.Split('[')[0], field);
            foreach (var message in messages)
            {
                yield return new CsvRowProblem(row, $"{column}: {message}");
            }
        }
    }

    [GeneratedRegex(@"^Variants\[(\d+)\]\.?([A-Za-z]*)")]
    private static partial Regex VariantKey();
}
