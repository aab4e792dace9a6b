using System.Net;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>The search page itself: states, the header field, and staying out of search engines.</summary>
[Collection(CatalogCollection.Name)]
public sealed class SearchEndpointsTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Without_a_query_the_page_invites_a_search_and_is_not_indexed_by_engines()
    {
        var shop = await app.CreateShopAsync();
        var response = await shop.Client().GetAsync("search");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Search</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Type a product name", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"search-collection\">Collection</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_field_keeps_the_query_and_no_match_explains_what_to_try()
    {
        var shop = await app.CreateShopAsync();
        await TestCatalog.AddProductAsync(app, shop, "Espresso Blend", 1450);

        var html = await SearchPage.HtmlAsync(shop, "?q=zzzz+qqqq");
        Assert.Contains("id=\"site-search-q\" type=\"search\" name=\"q\" value=\"zzzz qqqq\"", html, StringComparison.Ordinal);
        Assert.Contains("Search results for “zzzz qqqq”", html, StringComparison.Ordinal);
        Assert.Contains("Nothing matched “zzzz qqqq”", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Search Store " + shop.Name + ".\">", html, StringComparison.Ordinal);
    }
}
