using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Core.Identity;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Orders;

[Collection(AppCollection.Name)]
public sealed class OrderDetailTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_test_order_shows_its_lines_totals_customer_address_payment_and_timeline()
    {
        var shop = await app.CreateShopAsync();
        var customerId = await app.InShopAsync(shop.Tenant, db => db.Set<ShopUser>().Where(u => u.Email == TestShop.CustomerEmail).Select(u => u.Id).SingleAsync());
        var placed = new DateTimeOffset(2026, 12, 1, 15, 4, 0, TimeSpan.Zero);
        var order = await TestOrders.AddAsync(app, shop, o =>
        {
            o.IsTest = true;
            o.UserId = customerId;
            o.PlacedAt = placed;
            o.PaymentId = "pi_test_detail_123";
            o.Lines.Add(new OrderLine { Position = 1, Title = "Filter papers", Quantity = 1, UnitPriceMinor = 450, LineTotalMinor = 450, Currency = "EUR" });
            (o.SubtotalMinor, o.DiscountMinor, o.CouponCode, o.TaxMinor, o.TaxLabel, o.TotalMinor, o.RefundedMinor) = (4050, 500, "BREW5", 810, "VAT 20 %", 4860, 1000);
            o.PaymentStatus = OrderPaymentStatus.PartiallyRefunded;
            o.Notes.Add(new OrderNote { Text = "Older note", Author = "staff@example.com", CreatedAt = placed.AddHours(1) });
            o.Notes.Add(new OrderNote { Text = "Newer note", Author = "", CreatedAt = placed.AddHours(2) });
            o.Refunds.Add(new OrderRefund { ProcessorRefundId = "re_detail_1", AmountMinor = 1000, Currency = "EUR", Status = "succeeded", Reason = "Torn bag", Author = "staff@example.com", CreatedAt = placed.AddHours(2) });
        });
        var owner = await shop.OwnerClientAsync();

        var response = await owner.GetAsync($"admin/orders/{order.Id}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Order #1001</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge test-order\">Test</span>", html, StringComparison.Ordinal);
        Assert.Contains("Test order.", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Kenya AA — 250 g</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>KEN-250</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">€18.00</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">€36.00</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Filter papers</th>", html, StringComparison.Ordinal);
        foreach (var (label, amount) in new[]
        {
            ("Subtotal", "€40.50"), ("Discount (BREW5)", "−€5.00"), ("Shipping (Standard)", "€5.00"), ("Tax (VAT 20 %)", "€8.10"),
            ("Total", "€48.60"), ("Refunded", "€10.00"), ("Left to refund", "€38.60"),
        })
        {
            Assert.Contains($"<th scope=\"row\" colspan=\"4\">{label}</th><td class=\"number\">{amount}</td>", html, StringComparison.Ordinal);
        }

        Assert.Contains("mailto:ada@example.com", html, StringComparison.Ordinal);
        Assert.Contains("Has an account: customer@example.com", html, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace<br />12 Analytical Street<br />N1 7GU London<br />GB<br />", html, StringComparison.Ordinal);
        Assert.Contains("<code>pi_test_detail_123</code>", html, StringComparison.Ordinal);
        Assert.Contains("Test mode: no real money moved", html, StringComparison.Ordinal);
        Assert.Contains("<code>re_detail_1</code> · Torn bag", html, StringComparison.Ordinal);
        Assert.Contains("Partially refunded", html, StringComparison.Ordinal);
        Assert.Contains("Placed <time datetime=\"2026-12-01T15:04:00.0000000+00:00\">2026-12-01 15:04 UTC</time>", html, StringComparison.Ordinal);
        var newer = html.IndexOf("Newer note", StringComparison.Ordinal);
        var older = html.IndexOf("Older note", StringComparison.Ordinal);
        var placedEntry = html.IndexOf("Placed and paid in test mode: €48.60.", StringComparison.Ordinal);
        Assert.True(newer > 0 && newer < older && older < placedEntry, "The timeline runs newest first and ends with the order being placed.");
        Assert.Contains("staff@example.com · <time", html, StringComparison.Ordinal);
        Assert.Contains("Recorded by the shop · <time", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_live_guest_order_has_no_test_marks_and_an_unknown_order_is_not_found()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop, o => o.IsTest = false);
        var owner = await shop.OwnerClientAsync();

        var html = WebUtility.HtmlDecode(await owner.GetStringAsync($"admin/orders/{order.Id}"));
        var missing = await owner.GetAsync($"admin/orders/{Guid.NewGuid()}");

        Assert.DoesNotContain("test-order", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Test order.", html, StringComparison.Ordinal);
        Assert.Contains("Checked out as a guest", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Live</dd>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
