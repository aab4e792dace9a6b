using System.Globalization;
using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>How orders read to a merchant, the same in the admin, its notes and the CSV export.</summary>
public static class OrderText
{
    /// <summary>The number shoppers quote: <c>#1001</c>.</summary>
    public static string Number(long number) => "#" + number.ToString(CultureInfo.InvariantCulture);

    public static string Label(OrderPaymentStatus status) => status switch
    {
        OrderPaymentStatus.Paid => "Paid",
        OrderPaymentStatus.PartiallyRefunded => "Partially refunded",
        OrderPaymentStatus.Refunded => "Refunded",
        _ => status.ToString(),
    };

    public static string Label(OrderFulfillmentStatus status) => status switch
    {
        OrderFulfillmentStatus.Unfulfilled => "Unfulfilled",
        OrderFulfillmentStatus.Fulfilled => "Fulfilled",
        OrderFulfillmentStatus.Canceled => "Canceled",
        _ => status.ToString(),
    };

    /// <summary>A moment as the admin shows it: <c>2026-12-01 15:04 UTC</c>.</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>Every line in one cell: <c>2 × Kenya AA — 250 g (KEN-250); 1 × Filter papers</c>.</summary>
    public static string Lines(IEnumerable<OrderLine> lines) =>
        string.Join("; ", lines.OrderBy(l => l.Position).Select(l =>
            string.Create(CultureInfo.InvariantCulture, $"{l.Quantity} × {l.Title}") + (l.Sku is { Length: > 0 } sku ? $" ({sku})" : "")));
}
