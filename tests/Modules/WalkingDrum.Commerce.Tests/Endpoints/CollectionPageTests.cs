using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Content;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

[Collection(CatalogCollection.Name)]
public sealed partial class CollectionPageTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_collection_lists_its_published_products_as_cards_in_the_chosen_order()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveCollectionAsync(shop, new CollectionInput("Single <em>origins</em>", "single-origins", "<p>From one farm.</p><script>x()</script>", true));
        var inCollection = Catalog.Simple("") with { Collections = ["single-origins"] };
        await app.SaveProductAsync(shop, inCollection with { Title = "Brazil", Variants = [Variant("8.00")] });
        await app.SaveProductAsync(shop, inCollection with { Title = "Aceh", Variants = [Variant("12.00")] });
        await app.SaveProductAsync(shop, inCollection with { Title = "Congo", Variants = [Variant("10.00")] });
        await app.SaveProductAsync(shop, inCollection with { Title = "Draft one", Status = "Draft" });

        var featured = await shop.Client().GetStringAsync("collections/single-origins");
        var byTitle = await shop.Client().GetStringAsync("collections/single-origins?sort=title");
        var byPrice = await shop.Client().GetStringAsync("collections/single-origins?sort=price-desc");
        var newest = await shop.Client().GetStringAsync("collections/single-origins?sort=newest");

        Assert.Equal(["Brazil", "Aceh", "Congo"], Titles(featured));
        Assert.Equal(["Aceh", "Brazil", "Congo"], Titles(byTitle));
        Assert.Equal(["Aceh", "Congo", "Brazil"], Titles(byPrice));
        Assert.Equal(["Congo", "Aceh", "Brazil"], Titles(newest));
        Assert.Contains("<h1>Single &lt;em&gt;origins&lt;/em&gt;</h1>", featured, StringComparison.Ordinal);
        Assert.Contains("<p>From one farm.</p>", featured, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x()", featured, StringComparison.Ordinal);
        Assert.Contains("3 products", featured, StringComparison.Ordinal);
        Assert.Contains("<option value=\"price-desc\" selected>", byPrice, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/products/aceh\"", featured, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Large_collections_are_paged_with_links()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveCollectionAsync(shop, new CollectionInput("All", "all", null, true));
        await app.InShopAsync(shop, async services =>
        {
            var staging = services.GetRequiredService<ProductStaging>();
            for (var i = 0; i < 30; i++)
            {
                await staging.StageAsync(null, Guid.CreateVersion7(), Catalog.Simple($"Coffee {i:00}") with { Collections = ["all"] }, new CatalogErrors(), CancellationToken.None);
            }

            await services.GetRequiredService<Core.Data.WalkingDrumDbContext>().SaveChangesAsync();
            return 0;
        });

        var first = await shop.Client().GetStringAsync("collections/all?sort=title");
        var second = await shop.Client().GetStringAsync("collections/all?sort=title&page=2");
        var beyond = await shop.Client().GetStringAsync("collections/all?sort=title&page=99");

        Assert.Equal(CollectionPageSize, Titles(first).Count);
        Assert.Equal(["Coffee 24", "Coffee 25", "Coffee 26", "Coffee 27", "Coffee 28", "Coffee 29"], Titles(second));
        Assert.Contains($"href=\"/s/{shop.Name}/collections/all?sort=title&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">2</a>", second, StringComparison.Ordinal);
        Assert.Equal(Titles(second), Titles(beyond));
    }

    [Fact]
    public async Task Hidden_and_unknown_collections_are_a_404_and_a_moved_one_redirects()
    {
        var shop = await app.CreateShopAsync();
        var hidden = await app.SaveCollectionAsync(shop, new CollectionInput("Secret", null, null, false));
        var moved = await app.SaveCollectionAsync(shop, new CollectionInput("Decaf", null, null, true));
        await app.InShopAsync(shop, services => services.GetRequiredService<CollectionService>()
            .UpdateAsync(moved.Id, new CollectionInput("Decaf", "decaf-coffees", null, true), CancellationToken.None));

        var index = await shop.Client().GetStringAsync("collections");
        var redirect = await shop.Client().GetAsync("collections/decaf");

        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync("collections/secret")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync("collections/nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"/s/{shop.Name}/collections/decaf-coffees", redirect.Headers.Location!.ToString());
        Assert.Contains($"href=\"/s/{shop.Name}/collections/decaf-coffees\">Decaf</a>", index, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.Title, index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Product_cards_and_the_sitemap_cover_published_items_only()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveCollectionAsync(shop, new CollectionInput("Beans", null, null, true));
        await app.SaveCollectionAsync(shop, new CollectionInput("Hidden", null, null, false));
        var older = await app.SaveProductAsync(shop, Catalog.Simple("Older") with { Collections = ["beans"] });
        var newer = await app.SaveProductAsync(shop, Catalog.Simple("Newer"));
        var draft = await app.SaveProductAsync(shop, Catalog.Simple("Draft", status: "Draft"));

        var (newest, inBeans, found, sitemap) = await app.InShopAsync(shop, async services =>
        {
            var cards = services.GetRequiredService<IProductCards>();
            var entries = new List<string>();
            foreach (var source in services.GetServices<ISitemapSource>())
            {
                await foreach (var entry in source.ListAsync(CancellationToken.None))
                {
                    entries.Add(entry.Path);
                }
            }

            return (await cards.ListAsync(null, 10, CancellationToken.None), await cards.ListAsync("beans", 10, CancellationToken.None),
                await cards.FindAsync([draft.Id, newer.Id, Guid.NewGuid(), older.Id], CancellationToken.None), entries);
        });

        Assert.Equal(["Newer", "Older"], newest.Select(c => c.Title));
        Assert.Equal(["Older"], inBeans.Select(c => c.Title));
        Assert.Equal(["Newer", "Older"], found.Select(c => c.Title));
        Assert.Equal(["/collections", "/collections/beans", "/products/newer", "/products/older"], sitemap.Order(StringComparer.Ordinal));
    }

    private const int CollectionPageSize = 24;

    private static VariantInput Variant(string price) => new(null, [], null, price, null, "1", false);

    private static List<string> Titles(string html) => [.. CardTitle().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<h3>([^<]*)</h3>")]
    private static partial Regex CardTitle();
}
