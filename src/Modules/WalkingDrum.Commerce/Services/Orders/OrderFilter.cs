using System.Globalization;
using Microsoft.AspNetCore.Http;
using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>What the admin's order list and its CSV export are narrowed to; a null part does not narrow.</summary>
/// <param name="Search">An order number (with or without '#') or part of an email address.</param>
/// <param name="Payment">Only orders with this payment status.</param>
/// <param name="Fulfillment">Only orders with this fulfilment status.</param>
/// <param name="IsTest">Only test orders (true) or only live ones (false).</param>
/// <param name="PlacedFrom">Placed on or after this day (UTC).</param>
/// <param name="PlacedTo">Placed on or before this day (UTC).</param>
public sealed record OrderFilter(
    string? Search, OrderPaymentStatus? Payment, OrderFulfillmentStatus? Fulfillment, bool? IsTest, DateOnly? PlacedFrom, DateOnly? PlacedTo)
{
    public static OrderFilter None { get; } = new(null, null, null, null, null, null);
}

/// <summary>The filter as the list's form puts it in the address, and why a value was ignored.</summary>
/// <param name="Filter">The filter made of the values that could be read.</param>
/// <param name="Notes">By query key, what was ignored or changed and why, to show beside the field.</param>
public sealed record OrderFilterReading(OrderFilter Filter, IReadOnlyDictionary<string, string> Notes);

/// <summary>
/// The order filter's query values exactly as typed (<c>?q=…&amp;payment=…</c>). Reading them never
/// fails: a value that makes no sense is left out of the filter with a note saying so, because a
/// merchant who mistyped a date should see the orders and the reason, not an error page.
/// </summary>
public sealed record OrderFilterQuery(string? Search, string? Payment, string? Fulfillment, string? Mode, string? From, string? To)
{
    public const string SearchKey = "q";
    public const string PaymentKey = "payment";
    public const string FulfillmentKey = "fulfillment";
    public const string ModeKey = "mode";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string TestMode = "test";
    public const string LiveMode = "live";
    public const int MaxSearchLength = 256;

    public static OrderFilterQuery Empty { get; } = new(null, null, null, null, null, null);

    public static OrderFilterQuery Of(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Value(string key) => query.TryGetValue(key, out var values) ? values.ToString() : null;
        return new(Value(SearchKey), Value(PaymentKey), Value(FulfillmentKey), Value(ModeKey), Value(FromKey), Value(ToKey));
    }

    /// <summary>The non-empty values by query key, for links that keep the filter (pages, export).</summary>
    public Dictionary<string, string> ToQuery()
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [SearchKey] = Search, [PaymentKey] = Payment, [FulfillmentKey] = Fulfillment, [ModeKey] = Mode, [FromKey] = From, [ToKey] = To,
        };
        return values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value!.Trim(), StringComparer.Ordinal);
    }

    public OrderFilterReading Read()
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var search = Search?.Trim() is { Length: > 0 } text ? text : null;
        if (search is { Length: > MaxSearchLength })
        {
            notes[SearchKey] = $"Search for at most {MaxSearchLength} characters; the search was ignored.";
            search = null;
        }

        var payment = Choice<OrderPaymentStatus>(Payment, PaymentKey, "payment status", notes);
        var fulfillment = Choice<OrderFulfillmentStatus>(Fulfillment, FulfillmentKey, "fulfilment status", notes);
        var from = Day(From, FromKey, notes);
        var to = Day(To, ToKey, notes);
        if (from > to)
        {
            (from, to) = (to, from);
            notes[FromKey] = "“Placed from” was after “placed to”, so the two dates were swapped.";
        }

        return new OrderFilterReading(new OrderFilter(search, payment, fulfillment, IsTest(notes), from, to), notes);
    }

    private bool? IsTest(Dictionary<string, string> notes)
    {
        var mode = Mode?.Trim();
        if (string.IsNullOrEmpty(mode))
        {
            return null;
        }

        if (mode.Equals(TestMode, StringComparison.OrdinalIgnoreCase) || mode.Equals(LiveMode, StringComparison.OrdinalIgnoreCase))
        {
            return mode.Equals(TestMode, StringComparison.OrdinalIgnoreCase);
        }

        notes[ModeKey] = $"“{Shorten(mode)}” is neither test nor live, so test and live orders are both shown.";
        return null;
    }

    // Names only: Enum.TryParse would also take "1" or "0, 2".
    private static T? Choice<T>(string? value, string key, string what, Dictionary<string, string> notes)
        where T : struct, Enum
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var name = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            notes[key] = $"“{Shorten(text)}” is not a {what}, so every {what} is shown.";
            return null;
        }

        return Enum.Parse<T>(name);
    }

    private static DateOnly? Day(string? value, string key, Dictionary<string, string> notes)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        notes[key] = $"“{Shorten(text)}” is not a date like 2026-12-31, so it was ignored.";
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
