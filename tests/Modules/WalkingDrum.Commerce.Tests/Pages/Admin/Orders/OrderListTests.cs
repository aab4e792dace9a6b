using System.Net;
using System.Text.RegularExpressions;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Orders;

[Collection(AppCollection.Name)]
public sealed class OrderListTests(WalkingDrumApp app)
{
    private static readonly DateTimeOffset FirstDay = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_shop_without_orders_says_where_they_will_come_from()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var html = WebUtility.HtmlDecode(await owner.GetStringAsync("admin/orders"));
        var menu = await owner.GetStringAsync("admin");

        Assert.Contains("No orders yet — they appear here when a shopper pays", html, StringComparison.Ordinal);
        Assert.DoesNotContain("export.csv", html, StringComparison.Ordinal);
        Assert.True(menu.IndexOf(">Orders<", StringComparison.Ordinal) < menu.IndexOf(">Products<", StringComparison.Ordinal), "Orders comes before Products in the menu.");
    }

    [Fact]
    public async Task The_list_shows_newest_first_pages_and_narrows_by_every_filter()
    {
        var shop = await app.CreateShopAsync();
        // 55 orders, #1001 to #1055, one a day from 1 November 2026; every fifth is a test order,
        // every seventh refunded, every third fulfilled; #1055 has two lines.
        var orders = await TestOrders.AddManyAsync(app, shop, 55, (i, order) =>
        {
            order.PlacedAt = FirstDay.AddDays(i);
            order.Email = $"shopper{i + 1:00}@example.com";
            order.IsTest = i % 5 == 0;
            order.PaymentStatus = i % 7 == 0 ? OrderPaymentStatus.Refunded : OrderPaymentStatus.Paid;
            order.FulfillmentStatus = i % 3 == 0 ? OrderFulfillmentStatus.Fulfilled : OrderFulfillmentStatus.Unfulfilled;
            if (i == 54)
            {
                order.Lines.Add(new OrderLine { Position = 1, Title = "Filter papers", Quantity = 3, UnitPriceMinor = 0, Currency = "EUR" });
            }
        });
        var owner = await shop.OwnerClientAsync();

        var first = await owner.GetStringAsync("admin/orders");
        var second = await owner.GetStringAsync("admin/orders?p=2");
        var beyond = await owner.GetStringAsync("admin/orders?p=99");

        Assert.Equal(Enumerable.Range(1006, 50).Reverse().Select(n => "#" + n), Numbers(first));
        Assert.Contains("55 orders, newest first, page 1 of 2", first, StringComparison.Ordinal);
        Assert.Equal(["#1005", "#1004", "#1003", "#1002", "#1001"], Numbers(second));
        Assert.Equal(Numbers(second), Numbers(beyond));
        var newest = Row(first, "#1055");
        Assert.Contains("shopper55@example.com", newest, StringComparison.Ordinal);
        Assert.Contains("<td>5</td>", newest, StringComparison.Ordinal);
        Assert.Contains("€41.00", newest, StringComparison.Ordinal);
        Assert.Contains("2026-12-25 09:30 UTC", newest, StringComparison.Ordinal);
        Assert.Contains(">Test</span>", Row(first, "#1051"), StringComparison.Ordinal);
        Assert.DoesNotContain(">Test</span>", Row(first, "#1052"), StringComparison.Ordinal);
        Assert.Contains(">Refunded</span>", Row(first, "#1050"), StringComparison.Ordinal);
        Assert.Contains(">Fulfilled</span>", Row(first, "#1055"), StringComparison.Ordinal);

        Assert.Equal(["#1017"], Numbers(await owner.GetStringAsync("admin/orders?q=%231017")));
        Assert.Equal(["#1017"], Numbers(await owner.GetStringAsync("admin/orders?q=1017")));
        Assert.Equal(["#1023"], Numbers(await owner.GetStringAsync("admin/orders?q=SHOPPER23%40")));
        Assert.Equal(orders.Where((_, i) => i % 7 == 0).Select(o => "#" + o.Number).Reverse(),
            Numbers(await owner.GetStringAsync("admin/orders?payment=refunded")));
        Assert.Equal(orders.Where((_, i) => i % 3 == 0 && i % 5 == 0).Select(o => "#" + o.Number).Reverse(),
            Numbers(await owner.GetStringAsync("admin/orders?fulfillment=Fulfilled&mode=test")));
        Assert.Equal(44, Numbers(await owner.GetStringAsync("admin/orders?mode=live")).Count);
        // 3 to 5 November, both days included.
        Assert.Equal(["#1005", "#1004", "#1003"], Numbers(await owner.GetStringAsync("admin/orders?from=2026-11-03&to=2026-11-05")));
        Assert.Equal(["#1055", "#1054"], Numbers(await owner.GetStringAsync("admin/orders?from=2026-12-24")));
        Assert.Equal(["#1001"], Numbers(await owner.GetStringAsync("admin/orders?to=2026-11-01")));

        var none = WebUtility.HtmlDecode(await owner.GetStringAsync("admin/orders?q=nobody%40nowhere.example"));
        Assert.Contains("No orders match these filters.", none, StringComparison.Ordinal);
        Assert.DoesNotContain("No orders yet", none, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-13-45", "from", "“2026-13-45” is not a date like 2026-12-31, so it was ignored.")]
    [InlineData("to=yesterday", "to", "“yesterday” is not a date like 2026-12-31, so it was ignored.")]
    [InlineData("payment=lost", "payment", "“lost” is not a payment status, so every payment status is shown.")]
    [InlineData("payment=1", "payment", "“1” is not a payment status")]
    [InlineData("fulfillment=shipped", "fulfillment", "“shipped” is not a fulfilment status")]
    [InlineData("mode=maybe", "mode", "“maybe” is neither test nor live")]
    [InlineData("from=2026-11-05&to=2026-11-03", "from", "the two dates were swapped")]
    public async Task Filter_values_that_make_no_sense_are_ignored_with_a_note_beside_the_field(string query, string field, string note)
    {
        var shop = await app.CreateShopAsync();
        await TestOrders.AddManyAsync(app, shop, 6, (i, order) => order.PlacedAt = FirstDay.AddDays(i));
        var owner = await shop.OwnerClientAsync();

        var response = await owner.GetAsync("admin/orders?" + query);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<span id=\"filter-{field}-note\" class=\"field-warning\">", html, StringComparison.Ordinal);
        Assert.Contains(note, html, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"filter-{field}-note\"", html, StringComparison.Ordinal);
        Assert.Equal(field == "from" && query.Contains("to=", StringComparison.Ordinal) ? 3 : 6, Numbers(html).Count);
    }

    [Theory]
    [InlineData("p=abc")]
    [InlineData("p=-3")]
    [InlineData("p=99999999999")]
    [InlineData("q=%23")]
    [InlineData("q=%23999999999999999999999")]
    [InlineData("from=9999-12-31&to=9999-12-31")]
    [InlineData("from=0001-01-01")]
    public async Task Odd_paging_and_search_values_never_fail(string query)
    {
        var shop = await app.CreateShopAsync();
        await TestOrders.AddAsync(app, shop);
        var owner = await shop.OwnerClientAsync();

        var response = await owner.GetAsync("admin/orders?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<string> Numbers(string html) =>
        [.. Regex.Matches(html, "<a href=\"[^\"]*/admin/orders/[0-9a-f-]{36}\">(#[0-9]+)</a>").Select(m => m.Groups[1].Value)];

    private static string Row(string html, string number)
    {
        var match = Regex.Match(html, $"<tr>\\s*<th scope=\"row\"><a [^>]*>{number}</a>.*?</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No row for {number}.");
        return WebUtility.HtmlDecode(match.Value);
    }
}
