using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>
/// Writes the orders that match a filter as CSV, newest first, streaming a page of orders at a time
/// so a large shop needs little memory. One row per order, with its lines summarised in one cell:
/// the file is for bookkeeping, where each row's total must be counted once when a column is
/// summed, which rows per line would break by repeating the order's totals.
/// </summary>
public sealed class OrderCsvExporter(OrderQueries queries)
{
    private const int PageSize = 500;

    /// <summary>The columns, in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "number", "placed at (UTC)", "email", "test", "payment status", "fulfillment status", "items", "lines", "currency",
        "subtotal", "discount", "coupon", "shipping", "shipping method", "tax", "tax label", "total", "refunded",
        "shipping address", "shipping country", "fulfilled at (UTC)", "payment id",
    ];

    public async Task WriteAsync(OrderFilter filter, Stream output, CancellationToken cancellationToken)
    {
        // A cell starting with =, +, -, @, tab or return is prefixed with an apostrophe, so a
        // spreadsheet shows a shopper's "=HYPERLINK(…)" as text instead of running it.
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, configuration);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        // Keyset paging on the number: each page starts below the last number of the one before.
        for (long? below = null; ;)
        {
            var orders = queries.Matching(filter);
            if (below is { } last)
            {
                orders = orders.Where(o => o.Number < last);
            }

            var page = await orders.OrderByDescending(o => o.Number).Take(PageSize)
                .Include(o => o.Lines).AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            below = page[^1].Number;
            foreach (var order in page)
            {
                Write(csv, order);
                await csv.NextRecordAsync();
            }

            await csv.FlushAsync();
        }
    }

    private static void Write(CsvWriter csv, Order order)
    {
        csv.WriteField(OrderText.Number(order.Number));
        csv.WriteField(Moment(order.PlacedAt));
        csv.WriteField(order.Email);
        csv.WriteField(order.IsTest ? "yes" : "no");
        csv.WriteField(OrderText.Label(order.PaymentStatus));
        csv.WriteField(OrderText.Label(order.FulfillmentStatus));
        csv.WriteField(order.Lines.Sum(l => l.Quantity).ToString(CultureInfo.InvariantCulture));
        csv.WriteField(OrderText.Lines(order.Lines));
        csv.WriteField(order.Currency);
        csv.WriteField(order.Subtotal.ToMajorString());
        csv.WriteField(order.Discount.ToMajorString());
        csv.WriteField(order.CouponCode ?? "");
        csv.WriteField(order.Shipping.ToMajorString());
        csv.WriteField(order.ShippingMethod);
        csv.WriteField(order.Tax.ToMajorString());
        csv.WriteField(order.TaxLabel);
        csv.WriteField(order.Total.ToMajorString());
        csv.WriteField(order.Refunded.ToMajorString());
        csv.WriteField(string.Join(", ", order.ShippingAddress.Lines));
        csv.WriteField(order.ShippingCountry);
        csv.WriteField(order.FulfilledAt is { } fulfilled ? Moment(fulfilled) : "");
        csv.WriteField(order.PaymentId);
    }

    private static string Moment(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
