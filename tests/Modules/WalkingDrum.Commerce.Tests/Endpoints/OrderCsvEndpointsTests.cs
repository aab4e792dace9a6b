using System.Globalization;
using System.Net;
using CsvHelper;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

[Collection(AppCollection.Name)]
public sealed class OrderCsvEndpointsTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_export_has_one_row_per_order_newest_first_with_its_lines_totals_and_test_mark()
    {
        var shop = await app.CreateShopAsync();
        var placed = new DateTimeOffset(2026, 12, 1, 15, 4, 5, TimeSpan.Zero);
        await TestOrders.AddAsync(app, shop, o => (o.IsTest, o.PlacedAt) = (true, placed));
        await TestOrders.AddAsync(app, shop, o =>
        {
            (o.IsTest, o.PlacedAt, o.PaymentId) = (false, placed.AddDays(1), "pi_live_2");
            o.Lines.Add(new OrderLine { Position = 1, Title = "Filter papers", Quantity = 1, UnitPriceMinor = 450, LineTotalMinor = 450, Currency = "EUR" });
            (o.SubtotalMinor, o.DiscountMinor, o.CouponCode, o.TaxMinor, o.TaxLabel, o.TotalMinor, o.RefundedMinor) = (4050, 500, "BREW5", 810, "VAT 20 %", 4860, 860);
            (o.PaymentStatus, o.FulfillmentStatus, o.FulfilledAt) = (OrderPaymentStatus.PartiallyRefunded, OrderFulfillmentStatus.Fulfilled, placed.AddDays(2));
        });
        var owner = await shop.OwnerClientAsync();

        var response = await owner.GetAsync("admin/orders/export.csv");
        var rows = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("attachment; filename=\"orders-", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(OrderCsvExporter.Columns, rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(
            ["#1002", "2026-12-02 15:04:05", TestOrders.ShopperEmail, "no", "Partially refunded", "Fulfilled", "3",
             "2 × Kenya AA — 250 g (KEN-250); 1 × Filter papers", "EUR", "40.50", "5.00", "BREW5", "5.00", "Standard", "8.10", "VAT 20 %",
             "48.60", "8.60", "Ada Lovelace, 12 Analytical Street, N1 7GU London, GB", "GB", "2026-12-03 15:04:05", "pi_live_2"],
            rows[1]);
        Assert.Equal(("#1001", "yes", "Paid", "Unfulfilled", "41.00", ""), (rows[2][0], rows[2][3], rows[2][4], rows[2][5], rows[2][16], rows[2][20]));
    }

    [Fact]
    public async Task The_export_keeps_the_lists_filters_and_ignores_what_the_list_ignores()
    {
        var shop = await app.CreateShopAsync();
        var day = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        await TestOrders.AddManyAsync(app, shop, 10, (i, o) =>
        {
            (o.PlacedAt, o.IsTest) = (day.AddDays(i), i % 2 == 0);
            o.PaymentStatus = i < 3 ? OrderPaymentStatus.Refunded : OrderPaymentStatus.Paid;
        });
        var owner = await shop.OwnerClientAsync();

        var refundedLive = Numbers(await owner.GetStringAsync("admin/orders/export.csv?payment=Refunded&mode=live"));
        var days = Numbers(await owner.GetStringAsync("admin/orders/export.csv?from=2026-11-04&to=2026-11-06&payment=nonsense"));
        var search = Numbers(await owner.GetStringAsync("admin/orders/export.csv?q=%231007"));

        Assert.Equal(["#1002"], refundedLive);
        Assert.Equal(["#1006", "#1005", "#1004"], days);
        Assert.Equal(["#1007"], search);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_written_as_text()
    {
        var shop = await app.CreateShopAsync();
        await TestOrders.AddAsync(app, shop, o =>
        {
            o.Email = "=HYPERLINK(\"https://evil.example\",\"x\")@example.com";
            o.Lines[0].Title = "+cmd|' /C calc'!A0";
            o.CouponCode = "@SUM(1+1)";
            o.ShippingMethod = "-2+3";
            o.TaxLabel = "\t=1+1";
        });
        var owner = await shop.OwnerClientAsync();

        var row = Parse(await owner.GetStringAsync("admin/orders/export.csv"))[1];

        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"x\")@example.com", row[2]);
        // Starts with the quantity, so it is plain text as it stands.
        Assert.Equal("2 × +cmd|' /C calc'!A0 (KEN-250)", row[7]);
        Assert.Equal("'@SUM(1+1)", row[11]);
        Assert.Equal("'-2+3", row[13]);
        Assert.Equal("'\t=1+1", row[15]);
    }

    private static List<string[]> Parse(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }

    private static List<string> Numbers(string csv) => [.. Parse(csv).Skip(1).Select(r => r[0])];
}
