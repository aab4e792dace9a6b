using System.Net;
using WalkingDrum.Core.Money;
using WalkingDrum.Testing;
using Xunit;
using static WalkingDrum.Commerce.Tests.Fixtures.ShippingSettings;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Shipping;

/// <summary>Shipping rates in the admin: add, edit, reorder and delete, with inline errors and nothing written on bad input.</summary>
[Collection(ShippingCollection.Name)]
public sealed class ShippingRateAdminTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_owner_adds_reorders_edits_and_deletes_a_rate()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var page = WebUtility.HtmlDecode(await owner.GetStringAsync("admin/shipping"));
        Assert.Contains("France, Germany, Netherlands, Belgium", page, StringComparison.Ordinal);
        Assert.Contains("€60.00", page, StringComparison.Ordinal);
        Assert.Contains("Every country", page, StringComparison.Ordinal);

        var added = await Forms.PostAsync(owner, "admin/shipping", RateFields(" Express ", "9.50", "", "fr de"), "admin/shipping?handler=AddRate");
        var list = WebUtility.HtmlDecode(await owner.GetStringAsync("admin/shipping"));
        var express = (await RatesAsync(app, shop)).Single(r => r.Name == "Express");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Shipping rate “Express” was added.", list, StringComparison.Ordinal);
        Assert.Contains("€9.50", list, StringComparison.Ordinal);
        Assert.Equal((new Amount(950, "EUR"), (Amount?)null, "FR,DE", 2), (express.Price, express.FreeOver, express.Countries, express.Position));

        var moved = await Forms.PostAsync(owner, "admin/shipping", [new("id", express.Id.ToString()), new("by", "-1")], "admin/shipping?handler=Move");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["Standard", "Express", "World"], (await RatesAsync(app, shop)).Select(r => r.Name));

        var edited = await Forms.PostAsync(owner, $"admin/shipping/rates/{express.Id}", RateFields("Express 24h", "11", "100", ""));
        var saved = (await RatesAsync(app, shop)).Single(r => r.Id == express.Id);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(("Express 24h", new Amount(1100, "EUR"), (Amount?)new Amount(10000, "EUR"), "", 1),
            (saved.Name, saved.Price, saved.FreeOver, saved.Countries, saved.Position));
        Assert.Contains("Shipping rate “Express 24h” was saved.", WebUtility.HtmlDecode(await owner.GetStringAsync("admin/shipping")), StringComparison.Ordinal);

        var unconfirmed = await Forms.PostAsync(owner, $"admin/shipping/rates/{express.Id}", [], $"admin/shipping/rates/{express.Id}?handler=Delete");
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Tick the box to confirm", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, (await RatesAsync(app, shop)).Count);

        var deleted = await Forms.PostAsync(owner, $"admin/shipping/rates/{express.Id}", [new("confirm", "yes")], $"admin/shipping/rates/{express.Id}?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(["Standard", "World"], (await RatesAsync(app, shop)).Select(r => r.Name));
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"admin/shipping/rates/{express.Id}")).StatusCode);
    }

    [Fact]
    public async Task Without_rates_the_page_says_orders_ship_free_everywhere()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        foreach (var rate in await RatesAsync(app, shop))
        {
            await Forms.PostAsync(owner, $"admin/shipping/rates/{rate.Id}", [new("confirm", "yes")], $"admin/shipping/rates/{rate.Id}?handler=Delete");
        }

        var page = await owner.GetStringAsync("admin/shipping");

        Assert.Empty(await RatesAsync(app, shop));
        Assert.Contains("With no shipping rates, orders ship free to every country.", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "4.90", "", "", "Rate.Name", "Enter the name shoppers choose")]
    [InlineData("Express", "", "", "", "Rate.Price", "Enter the price per order")]
    [InlineData("Express", "-1", "", "", "Rate.Price", "Enter an amount of zero or more.")]
    [InlineData("Express", "4.905", "", "", "Rate.Price", "EUR amounts have at most 2 decimals.")]
    [InlineData("Express", "4,90", "", "", "Rate.Price", "Use a point for decimals")]
    [InlineData("Express", "4.90", "0", "", "Rate.FreeOver", "Enter an amount above zero")]
    [InlineData("Express", "4.90", "", "fr, XX, zz", "Rate.Countries", "XX, zz are not country codes.")]
    [InlineData("<script>x</script>", "4.90", "", "<script>y</script>", "Rate.Countries", "is not a country code")]
    public async Task Bad_input_shows_inline_errors_and_saves_nothing(string name, string price, string freeOver, string countries, string field, string message)
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var before = await SnapshotAsync(app, shop);
        var standard = (await RatesAsync(app, shop))[0];

        var added = await Forms.PostAsync(owner, "admin/shipping", RateFields(name, price, freeOver, countries), "admin/shipping?handler=AddRate");
        var edited = await Forms.PostAsync(owner, $"admin/shipping/rates/{standard.Id}", RateFields(name, price, freeOver, countries));

        foreach (var (response, summary) in new[] { (added, "The rate was not added."), (edited, "Nothing was saved.") })
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(summary, html, StringComparison.Ordinal);
            Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.Contains($"id=\"{field.Replace('.', '_')}-error\"", html, StringComparison.Ordinal);
            Assert.Contains($"aria-describedby=\"{AriaHint(field)} {field.Replace('.', '_')}-error\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", html[html.IndexOf("<main", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }

        Assert.Contains("Standard", await edited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app, shop));
    }

    [Fact]
    public async Task Moving_the_first_rate_up_or_the_last_down_changes_nothing_and_unknown_rates_are_not_found()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var rates = await RatesAsync(app, shop);

        var up = await Forms.PostAsync(owner, "admin/shipping", [new("id", rates[0].Id.ToString()), new("by", "-1")], "admin/shipping?handler=Move");
        var down = await Forms.PostAsync(owner, "admin/shipping", [new("id", rates[^1].Id.ToString()), new("by", "5")], "admin/shipping?handler=Move");
        var unknown = await Forms.PostAsync(owner, "admin/shipping", [new("id", Guid.NewGuid().ToString()), new("by", "1")], "admin/shipping?handler=Move");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.NotFound), (up.StatusCode, down.StatusCode, unknown.StatusCode));
        Assert.Equal(rates.Select(r => r.Id), (await RatesAsync(app, shop)).Select(r => r.Id));
    }

    private static string AriaHint(string field) => field switch
    {
        "Rate.Name" => "rate-name-hint",
        "Rate.Price" => "rate-price-hint",
        "Rate.FreeOver" => "rate-free-hint",
        _ => "rate-countries-hint",
    };
}
