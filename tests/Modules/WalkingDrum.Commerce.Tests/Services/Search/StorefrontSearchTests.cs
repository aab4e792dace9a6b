using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Search;

/// <summary>What shoppers find: prefixes, typos, tags, filters, paging, and only their shop's products.</summary>
[Collection(CatalogCollection.Name)]
public sealed class StorefrontSearchTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Prefixes_typos_tags_text_and_accents_find_products()
    {
        var shop = await app.CreateShopAsync();
        await TestCatalog.AddProductAsync(app, shop, "Espresso Blend", 1450, "<p>Dark and <strong>syrupy</strong>.</p>");
        await TestCatalog.AddProductAsync(app, shop, "Decaf Colombia", 1200, "<p>Chocolate notes, no caffeine.</p>", tags: ["single origin", "decaf"]);
        await TestCatalog.AddProductAsync(app, shop, "Ethiopia Yirgacheffe", 1600, "<p>Floral.</p>");
        await TestCatalog.AddProductAsync(app, shop, "Café Crema", 1300);
        await TestCatalog.AddProductAsync(app, shop, "Hidden Draft", 1000, status: ProductStatus.Draft);

        Assert.Equal(["Espresso Blend"], await SearchPage.TitlesAsync(shop, "?q=esp"));
        Assert.Equal(["Espresso Blend"], await SearchPage.TitlesAsync(shop, "?q=expresso"));
        Assert.Equal(["Espresso Blend"], await SearchPage.TitlesAsync(shop, "?q=syrupy"));
        Assert.Equal(["Ethiopia Yirgacheffe"], await SearchPage.TitlesAsync(shop, "?q=yirgachefe"));
        Assert.Equal(["Decaf Colombia"], await SearchPage.TitlesAsync(shop, "?q=chocolate+colombia"));
        Assert.Equal(["Decaf Colombia"], await SearchPage.TitlesAsync(shop, "?q=Single%20Origin"));
        Assert.Equal(["Café Crema"], await SearchPage.TitlesAsync(shop, "?q=cafe"));
        Assert.Empty(await SearchPage.TitlesAsync(shop, "?q=hidden"));
        Assert.Empty(await SearchPage.TitlesAsync(shop, "?q=espresso+tea"));

        var html = await SearchPage.HtmlAsync(shop, "?q=esp");
        Assert.Contains("€14.50", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/products/espresso-blend-", html, StringComparison.Ordinal);
        Assert.Contains("1 result", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collection_and_price_filters_narrow_the_results_and_bad_prices_get_a_message()
    {
        var shop = await app.CreateShopAsync();
        await TestCatalog.AddProductAsync(app, shop, "House Espresso", 900, collections: ["espresso"]);
        await TestCatalog.AddProductAsync(app, shop, "Reserve Espresso", 2500, collections: ["espresso", "reserve"]);
        await TestCatalog.AddProductAsync(app, shop, "Filter Roast", 1100, collections: ["filter"]);

        Assert.Equal(["House Espresso", "Reserve Espresso"], (await SearchPage.TitlesAsync(shop, "?q=espresso&collection=espresso")).Order());
        Assert.Equal(["Reserve Espresso"], await SearchPage.TitlesAsync(shop, "?collection=reserve"));
        Assert.Equal(["Filter Roast", "House Espresso"], await SearchPage.TitlesAsync(shop, "?max=11"));
        Assert.Equal(["Filter Roast"], await SearchPage.TitlesAsync(shop, "?min=10&max=11.00"));
        Assert.Equal(["Reserve Espresso"], await SearchPage.TitlesAsync(shop, "?q=espresso&min=20"));
        Assert.Empty(await SearchPage.TitlesAsync(shop, "?collection=nope"));

        var bad = await SearchPage.HtmlAsync(shop, "?q=espresso&min=ten&max=9.999");
        Assert.Contains("id=\"search-min\" name=\"min\" inputmode=\"decimal\" value=\"ten\" maxlength=\"30\" aria-invalid=\"true\" aria-describedby=\"search-min-error\"", bad, StringComparison.Ordinal);
        Assert.Contains("Enter the lowest price as a number, like 12.50.", bad, StringComparison.Ordinal);
        Assert.Contains("Enter the highest price as a number", bad, StringComparison.Ordinal);
        Assert.Equal(2, SearchPage.Titles(bad).Length);

        var reversed = await SearchPage.HtmlAsync(shop, "?min=20&max=10");
        Assert.Contains("The highest price is below the lowest price.", reversed, StringComparison.Ordinal);
        Assert.Contains("<option value=\"reserve\">RESERVE</option>", reversed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_come_in_pages()
    {
        var shop = await app.CreateShopAsync();
        for (var i = 1; i <= 30; i++)
        {
            await TestCatalog.AddProductAsync(app, shop, $"Blend {i:00}", 1000 + i);
        }

        var first = await SearchPage.HtmlAsync(shop, "?q=blend");
        Assert.Equal(24, SearchPage.Titles(first).Length);
        Assert.Contains("30 results", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/s/" + shop.Name + "/search?q=blend&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);

        var second = await SearchPage.TitlesAsync(shop, "?q=blend&page=2");
        Assert.Equal(6, second.Length);
        Assert.Empty(second.Intersect(SearchPage.Titles(first)));
        Assert.Equal(24, (await SearchPage.TitlesAsync(shop, "?q=blend&page=banana")).Length);
        Assert.Contains("no more results on this page", await SearchPage.HtmlAsync(shop, "?q=blend&page=9"), StringComparison.Ordinal);

        // Without words, filters list products by title.
        Assert.Equal("Blend 01", (await SearchPage.TitlesAsync(shop, "?max=100"))[0]);
    }

    [Theory]
    [InlineData("\"(*")]
    [InlineData("title:*")]
    [InlineData("*:*")]
    [InlineData("espresso AND (tea OR")]
    [InlineData("[1 TO 9]")]
    [InlineData("esp~2^9")]
    [InlineData("\\")]
    [InlineData("?*~!{}")]
    [InlineData("{% raw %}{{ store.name }}")]
    public async Task Query_syntax_in_the_input_is_just_text(string query)
    {
        var shop = await app.CreateShopAsync();
        await TestCatalog.AddProductAsync(app, shop, "Espresso Blend", 1450);

        var html = await SearchPage.HtmlAsync(shop, "?q=" + Uri.EscapeDataString(query));
        var titles = SearchPage.Titles(html);
        Assert.True(titles.Length == 0 || titles.SequenceEqual(["Espresso Blend"]), string.Join(", ", titles));
        Assert.DoesNotContain("Store " + shop.Name + "}}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_the_query_is_shown_as_text_and_long_queries_are_cut()
    {
        var shop = await app.CreateShopAsync();
        var html = await SearchPage.HtmlAsync(shop, "?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Nothing matched", html, StringComparison.Ordinal);

        Assert.Contains("Nothing matched", await SearchPage.HtmlAsync(shop, "?q=" + new string('x', 5000)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shop_finds_only_its_own_products()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        await TestCatalog.AddProductAsync(app, a, "Alpha Roast", 1000);
        await TestCatalog.AddProductAsync(app, b, "Bravo Roast", 1000, collections: ["bravo"]);

        Assert.Equal(["Alpha Roast"], await SearchPage.TitlesAsync(a, "?q=roast"));
        Assert.Equal(["Bravo Roast"], await SearchPage.TitlesAsync(b, "?q=roast"));
        Assert.Empty(await SearchPage.TitlesAsync(a, "?q=bravo"));
        Assert.Empty(await SearchPage.TitlesAsync(a, "?collection=bravo"));
        Assert.Equal(["Alpha Roast"], await SearchPage.TitlesAsync(a, "?max=100"));
    }
}
