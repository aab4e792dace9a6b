using System.Net;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages.Admin;

/// <summary>The admin's search page: the document count and a rebuild from the database.</summary>
[Collection(CatalogCollection.Name)]
public sealed class SearchIndexPageTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_count_shows_what_is_indexed_and_a_rebuild_picks_up_what_the_events_missed()
    {
        var shop = await app.CreateShopAsync();
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        var empty = await staff.GetStringAsync("admin/search");
        Assert.Contains("<p class=\"figure\">0</p>", empty, StringComparison.Ordinal);
        Assert.Contains("Nothing is searchable yet.", empty, StringComparison.Ordinal);

        await TestCatalog.AddProductAsync(app, shop, "Announced Roast", 1000);
        await TestCatalog.AddProductAsync(app, shop, "Quiet Roast", 1000, announce: false);
        Assert.Contains("<p class=\"figure\">1</p>", await staff.GetStringAsync("admin/search"), StringComparison.Ordinal);
        Assert.Equal(["Announced Roast"], await SearchPage.TitlesAsync(shop, "?q=roast"));

        var rebuilt = await Forms.PostAsync(staff, "admin/search", [], "admin/search?handler=Rebuild");
        Assert.Equal(HttpStatusCode.Redirect, rebuilt.StatusCode);
        var after = await staff.GetStringAsync("admin/search");
        Assert.Contains("The index was rebuilt with 2 items.", after, StringComparison.Ordinal);
        Assert.Contains("<p class=\"figure\">2</p>", after, StringComparison.Ordinal);
        Assert.Equal(["Announced Roast", "Quiet Roast"], (await SearchPage.TitlesAsync(shop, "?q=roast")).Order());
    }

    [Fact]
    public async Task Customers_and_anonymous_visitors_cannot_rebuild()
    {
        var shop = await app.CreateShopAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await shop.Client().GetAsync("admin/search")).StatusCode);
        var customer = await shop.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword);
        var response = await customer.GetAsync("admin/search");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
