namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>Turns the cells of one CSV row into the catalog's input records.</summary>
internal static class ProductRowParser
{
    private static readonly string[] Yes = ["true", "yes", "y", "1"];
    private static readonly string[] No = ["false", "no", "n", "0", ""];

    /// <summary>The product's own fields from its first row (variants are added by the caller).</summary>
    public static ProductInput ReadProduct(Func<string, string> cell, IReadOnlyList<string> fieldColumns)
    {
        var options = Enumerable.Range(1, 3).Select(n => Optional(cell(ProductCsvColumns.OptionName(n)))).ToArray();
        var fields = fieldColumns
            .Select(c => new KeyValuePair<string?, string?>(c[ProductCsvColumns.FieldPrefix.Length..].Trim(), cell(c).Trim()))
            .Where(f => !string.IsNullOrEmpty(f.Value))
            .ToArray();
        return new ProductInput(
            cell(ProductCsvColumns.Title),
            null,
            cell(ProductCsvColumns.Description),
            Optional(cell(ProductCsvColumns.Status)),
            options,
            [],
            List(cell(ProductCsvColumns.Tags)),
            List(cell(ProductCsvColumns.Collections)).Select(c => c!).ToArray(),
            fieldColumns.Count == 0 ? null : fields);
    }

    /// <summary>One variant from a row; a track-inventory cell that is not yes/no is a problem of the row.</summary>
    public static VariantInput ReadVariant(Func<string, string> cell, int row, List<CsvRowProblem> problems)
    {
        var track = cell(ProductCsvColumns.TrackInventory).Trim().ToLowerInvariant();
        if (!Yes.Contains(track) && !No.Contains(track))
        {
            problems.Add(new CsvRowProblem(row, $"{ProductCsvColumns.TrackInventory}: write yes or no, not \"{Shorten(track)}\"."));
        }

        var values = Enumerable.Range(1, 3).Select(n => Optional(cell(ProductCsvColumns.OptionValue(n)))).ToArray();
        return new VariantInput(
            null,
            values,
            Optional(cell(ProductCsvColumns.Sku)),
            cell(ProductCsvColumns.Price).Trim(),
            Optional(cell(ProductCsvColumns.CompareAtPrice)),
            Optional(cell(ProductCsvColumns.Stock)),
            Yes.Contains(track));
    }

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string?[] List(string value) =>
        value.Split(ProductCsvColumns.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
