namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// The columns of the product CSV, one row per variant: export writes them and import reads
/// them, so a file exported from one shop imports into another unchanged. Rows of one product
/// share its handle and follow each other; the first row carries the product's own fields.
/// Extra columns named <c>field: Name</c> hold custom fields.
/// </summary>
public static class ProductCsvColumns
{
    public const string Handle = "handle";
    public const string Title = "title";
    public const string Description = "description";
    public const string Status = "status";
    public const string Tags = "tags";
    public const string Collections = "collections";
    public const string Sku = "sku";
    public const string Price = "price";
    public const string CompareAtPrice = "compare at price";
    public const string Stock = "stock";
    public const string TrackInventory = "track inventory";

    /// <summary>Prefix of a custom-field column (<c>field: Origin</c>).</summary>
    public const string FieldPrefix = "field: ";

    /// <summary>Tags and collections are separated by commas within their cell.</summary>
    public const char ListSeparator = ',';

    /// <summary>The fixed columns, in the order export writes them.</summary>
    public static IReadOnlyList<string> Fixed { get; } =
    [
        Handle, Title, Description, Status, Tags, Collections,
        OptionName(1), OptionValue(1), OptionName(2), OptionValue(2), OptionName(3), OptionValue(3),
        Sku, Price, CompareAtPrice, Stock, TrackInventory,
    ];

    /// <summary><c>option1 name</c> … <c>option3 name</c>.</summary>
    public static string OptionName(int number) => $"option{number} name";

    /// <summary><c>option1 value</c> … <c>option3 value</c>.</summary>
    public static string OptionValue(int number) => $"option{number} value";
}
