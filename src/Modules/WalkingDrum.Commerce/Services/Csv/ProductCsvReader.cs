using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// Reads a product CSV as groups of rows, one group per product, without touching the database.
/// Reading is forward-only, so a file of any size needs memory for one product at a time.
/// </summary>
public sealed class ProductCsvReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly string[] _fieldColumns;
    private readonly HashSet<string> _seenHandles = new(StringComparer.Ordinal);
    private bool _hasRow;

    private ProductCsvReader(CsvReader csv, string[] fieldColumns)
    {
        _csv = csv;
        _fieldColumns = fieldColumns;
    }

    /// <summary>Opens <paramref name="path"/>; a file without the required columns is refused with a message.</summary>
    public static (ProductCsvReader? Reader, string? Error) Open(string path, Encoding encoding)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
            DetectDelimiter = true,
            TrimOptions = TrimOptions.None,
        };
        var csv = new CsvReader(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true), configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            csv.Dispose();
            return (null, "The file is empty: the first line must name the columns (handle, title, price, …).");
        }

        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = new[] { ProductCsvColumns.Handle, ProductCsvColumns.Price }.Where(c => !names.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            csv.Dispose();
            return (null, $"The first line must name the columns; missing: {string.Join(", ", missing)}. Export your products to see the expected layout.");
        }

        // Custom fields keep the case the merchant wrote (field: Origin); cells are looked up case-insensitively.
        var fields = header.Select(h => h.Trim()).Where(h => h.StartsWith(ProductCsvColumns.FieldPrefix, StringComparison.OrdinalIgnoreCase)).ToArray();
        var reader = new ProductCsvReader(csv, fields);
        reader._hasRow = csv.Read();
        return (reader, null);
    }

    /// <summary>Number of the line the next group starts on.</summary>
    public int NextRow => _csv.Parser.Row;

    /// <summary>The next product's rows, or <see langword="null"/> at the end of the file.</summary>
    public ProductCsvGroup? ReadGroup()
    {
        while (_hasRow && IsBlankRow())
        {
            _hasRow = _csv.Read();
        }

        if (!_hasRow)
        {
            return null;
        }

        var handle = Cell(ProductCsvColumns.Handle).Trim().ToLowerInvariant();
        var first = _csv.Parser.Row;
        var problems = new List<CsvRowProblem>();
        if (handle.Length == 0)
        {
            problems.Add(new CsvRowProblem(first, "The handle column is empty: give every row its product's handle."));
        }
        else if (!_seenHandles.Add(handle))
        {
            problems.Add(new CsvRowProblem(first, $"Rows of product \"{handle}\" must follow each other; this one comes after other products."));
        }

        var product = ProductRowParser.ReadProduct(Cell, _fieldColumns);
        var rows = new List<int>();
        var variants = new List<VariantInput>();
        do
        {
            rows.Add(_csv.Parser.Row);
            variants.Add(ProductRowParser.ReadVariant(Cell, _csv.Parser.Row, problems));
            _hasRow = _csv.Read();
        }
        while (_hasRow && handle.Length > 0 && !IsBlankRow()
               && string.Equals(Cell(ProductCsvColumns.Handle).Trim(), handle, StringComparison.OrdinalIgnoreCase));

        var input = product with { Slug = handle, Variants = variants };
        return new ProductCsvGroup(handle, rows, input, problems);
    }

    public void Dispose() => _csv.Dispose();

    private string Cell(string column) => _csv.TryGetField<string>(column, out var value) ? value ?? "" : "";

    private bool IsBlankRow() => _csv.Parser.Record?.All(string.IsNullOrWhiteSpace) ?? true;
}
