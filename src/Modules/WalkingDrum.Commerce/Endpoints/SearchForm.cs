using System.Globalization;
using Microsoft.AspNetCore.Http;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>
/// The storefront search's query string, read leniently: a bad price becomes a message beside
/// its field and is left out of the search; a bad page number means the first page.
/// </summary>
/// <param name="Text">The words, trimmed and capped.</param>
/// <param name="Collection">The chosen collection's slug, or empty.</param>
/// <param name="Min">The lowest price as typed.</param>
/// <param name="Max">The highest price as typed.</param>
/// <param name="MinPrice">The lowest price, when valid.</param>
/// <param name="MaxPrice">The highest price, when valid.</param>
/// <param name="MinError">Why <paramref name="Min"/> was not used.</param>
/// <param name="MaxError">Why <paramref name="Max"/> was not used.</param>
/// <param name="Page">1-based page.</param>
internal sealed record SearchForm(
    string Text, string Collection, string Min, string Max, Amount? MinPrice, Amount? MaxPrice, string? MinError, string? MaxError, int Page)
{
    public const int MaxTextLength = 200;
    public const int MaxPage = 200;

    /// <summary>Whether there is anything to search for.</summary>
    public bool Searched => Text.Length > 0 || Collection.Length > 0 || MinPrice is not null || MaxPrice is not null;

    public static SearchForm Parse(IQueryCollection query, string currency)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = Clean(query["q"].FirstOrDefault(), MaxTextLength);
        var collection = Clean(query["collection"].FirstOrDefault(), 120);
        var min = Clean(query["min"].FirstOrDefault(), 30);
        var max = Clean(query["max"].FirstOrDefault(), 30);
        var (minPrice, minError) = Price(min, currency, "lowest");
        var (maxPrice, maxError) = Price(max, currency, "highest");
        if (minPrice is { } low && maxPrice is { } high && low > high)
        {
            (maxPrice, maxError) = (null, "The highest price is below the lowest price.");
        }

        var page = int.TryParse(query["page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage
            ? number
            : 1;
        return new SearchForm(text, collection, min, max, minPrice, maxPrice, minError, maxError, page);
    }

    /// <summary>The query string of this search on another page (or the first page when <paramref name="page"/> is 1).</summary>
    public string QueryFor(int page)
    {
        var values = new List<KeyValuePair<string, string?>>();
        Add(values, "q", Text);
        Add(values, "collection", Collection);
        Add(values, "min", MinPrice is null ? "" : Min);
        Add(values, "max", MaxPrice is null ? "" : Max);
        if (page > 1)
        {
            values.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryString.Create(values).Value?.TrimStart('?') ?? "";
    }

    private static void Add(List<KeyValuePair<string, string?>> values, string key, string value)
    {
        if (value.Length > 0)
        {
            values.Add(new(key, value));
        }
    }

    private static (Amount? Price, string? Error) Price(string value, string currency, string which)
    {
        if (value.Length == 0)
        {
            return (null, null);
        }

        try
        {
            var amount = Amount.FromMajor(value, currency);
            return amount.MinorUnits < 0 ? (null, $"Enter a {which} price of zero or more.") : (amount, null);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return (null, $"Enter the {which} price as a number, like 12.50.");
        }
    }

    private static string Clean(string? value, int maxLength)
    {
        var text = string.Concat((value ?? "").Where(c => !char.IsControl(c))).Trim();
        return text.Length > maxLength ? text[..maxLength] : text;
    }
}
