using System.Net;
using WalkingDrum.Testing;
using Xunit;
using static WalkingDrum.Commerce.Tests.Fixtures.ShippingSettings;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Shipping;

/// <summary>Tax rates in the admin: add, edit and delete, one per country, with inline errors and nothing written on bad input.</summary>
[Collection(ShippingCollection.Name)]
public sealed class TaxRateAdminTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_owner_adds_edits_and_deletes_a_tax_rate()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var added = await Forms.PostAsync(owner, "admin/shipping", TaxFields("nl", "BTW", "21", shipping: true), "admin/shipping?handler=AddTax");
        var list = WebUtility.HtmlDecode(await owner.GetStringAsync("admin/shipping"));
        var netherlands = (await TaxesAsync(app, shop)).Single(t => t.CountryCode == "NL");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Tax rate BTW 21 % was added.", list, StringComparison.Ordinal);
        Assert.Contains(">Netherlands</a>", list, StringComparison.Ordinal);
        Assert.Equal(("BTW", 2100, true), (netherlands.Name, netherlands.BasisPoints, netherlands.AppliesToShipping));

        var form = await owner.GetStringAsync($"admin/shipping/taxes/{netherlands.Id}");
        Assert.Contains("<option value=\"NL\" selected=\"selected\">Netherlands</option>", form, StringComparison.Ordinal);
        Assert.Contains("value=\"21\"", form, StringComparison.Ordinal);

        var edited = await Forms.PostAsync(owner, $"admin/shipping/taxes/{netherlands.Id}", TaxFields("NL", "VAT", "9.5"));
        var saved = (await TaxesAsync(app, shop)).Single(t => t.Id == netherlands.Id);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(("NL", "VAT", 950, false), (saved.CountryCode, saved.Name, saved.BasisPoints, saved.AppliesToShipping));

        var deleted = await Forms.PostAsync(owner, $"admin/shipping/taxes/{netherlands.Id}", [new("confirm", "yes")], $"admin/shipping/taxes/{netherlands.Id}?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(["DE", "FR"], (await TaxesAsync(app, shop)).Select(t => t.CountryCode));
        Assert.Contains("Tax rate VAT 9.5 % was deleted.", WebUtility.HtmlDecode(await owner.GetStringAsync("admin/shipping")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_tax_rates_the_page_says_no_tax_is_added()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        foreach (var tax in await TaxesAsync(app, shop))
        {
            await Forms.PostAsync(owner, $"admin/shipping/taxes/{tax.Id}", [new("confirm", "yes")], $"admin/shipping/taxes/{tax.Id}?handler=Delete");
        }

        Assert.Empty(await TaxesAsync(app, shop));
        Assert.Contains("With no tax rates, no tax is added.", await owner.GetStringAsync("admin/shipping"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_rate_for_a_country_is_refused_inline_when_adding_and_when_editing()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var before = await SnapshotAsync(app, shop);
        var germany = (await TaxesAsync(app, shop)).Single(t => t.CountryCode == "DE");

        var added = await Forms.PostAsync(owner, "admin/shipping", TaxFields("fr", "TVA", "5.5"), "admin/shipping?handler=AddTax");
        var edited = await Forms.PostAsync(owner, $"admin/shipping/taxes/{germany.Id}", TaxFields("FR", "VAT", "19", shipping: true));
        var unchanged = await Forms.PostAsync(owner, $"admin/shipping/taxes/{germany.Id}", TaxFields("DE", "VAT", "19", shipping: true));

        foreach (var response in new[] { added, edited })
        {
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("This shop already has a tax rate for France. Edit that one instead.", html, StringComparison.Ordinal);
            Assert.Contains("id=\"Tax_Country-error\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
        Assert.Equal(before, await SnapshotAsync(app, shop));
    }

    [Theory]
    [InlineData("", "VAT", "20", "Tax.Country", "Choose the country this tax applies to.")]
    [InlineData("XX", "VAT", "20", "Tax.Country", "XX is not a country code.")]
    [InlineData("NL", "", "20", "Tax.Name", "Enter the name receipts show")]
    [InlineData("NL", "VAT", "", "Tax.Percent", "Enter the rate as a percentage")]
    [InlineData("NL", "VAT", "0", "Tax.Percent", "Enter a percentage above 0 and at most 100.")]
    [InlineData("NL", "VAT", "101", "Tax.Percent", "Enter a percentage above 0 and at most 100.")]
    [InlineData("NL", "VAT", "8.125", "Tax.Percent", "Use at most 2 decimals")]
    [InlineData("NL", "VAT", "8,25", "Tax.Percent", "Use a point for decimals")]
    [InlineData("NL", "<script>x</script>", "abc", "Tax.Percent", "Enter a percentage such as 20 or 8.25.")]
    public async Task Bad_input_shows_inline_errors_and_saves_nothing(string country, string name, string percent, string field, string message)
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var before = await SnapshotAsync(app, shop);
        var france = (await TaxesAsync(app, shop)).Single(t => t.CountryCode == "FR");

        var added = await Forms.PostAsync(owner, "admin/shipping", TaxFields(country, name, percent), "admin/shipping?handler=AddTax");
        var edited = await Forms.PostAsync(owner, $"admin/shipping/taxes/{france.Id}", TaxFields(country, name, percent));

        foreach (var (response, summary) in new[] { (added, "The tax rate was not added."), (edited, "Nothing was saved.") })
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(summary, html, StringComparison.Ordinal);
            Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.Contains($"id=\"{field.Replace('.', '_')}-error\"", html, StringComparison.Ordinal);
            Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>x", html, StringComparison.Ordinal);
        }

        Assert.Contains("VAT 20 % in France", WebUtility.HtmlDecode(await edited.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app, shop));
    }
}
