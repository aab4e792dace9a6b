using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Content.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Recipes;

/// <summary>The sample coffee shop a merchant can start from: every step applies and the storefront shows it.</summary>
[Collection(AppCollection.Name)]
public sealed class SampleRecipeTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_sample_shop_opens_with_products_images_collections_pages_and_menus()
    {
        var shop = await app.CreateShopAsync(recipe: "sample");
        var shopper = shop.Client();

        var (products, published, images, collections, pages) = await app.InShopAsync(shop.Tenant, async db => (
            await db.Set<Product>().CountAsync(),
            await db.Set<Product>().CountAsync(p => p.Status == ProductStatus.Active),
            await db.Set<ContentImage>().CountAsync(),
            await db.Set<Collection>().CountAsync(),
            await db.Set<Page>().CountAsync(p => p.PublishedVersion != null)));
        Assert.Equal((12, 11, 11, 5, 4), (products, published, images, collections, pages));

        var homeResponse = await shopper.GetAsync("");
        var home = await homeResponse.Content.ReadAsStringAsync();
        Assert.True(homeResponse.IsSuccessStatusCode, $"{(int)homeResponse.StatusCode}: {home}");
        Assert.Contains("Coffee that tastes of where it grew", home, StringComparison.Ordinal);
        Assert.Contains("Ethiopia Yirgacheffe Kochere", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/pages/about\"", home, StringComparison.Ordinal);

        var product = await shopper.GetStringAsync("products/ethiopia-yirgacheffe-kochere");
        Assert.Contains("A pale blue bag of Ethiopia Yirgacheffe coffee", product, StringComparison.Ordinal);
        Assert.Contains("srcset=", product, StringComparison.Ordinal);
        Assert.Contains("$16.50", product, StringComparison.Ordinal);

        var collection = await shopper.GetStringAsync("collections/brewing-gear");
        Assert.Contains("Ceramic Pour-Over Dripper", collection, StringComparison.Ordinal);
        Assert.Contains("When will my coffee ship?", await shopper.GetStringAsync("pages/faq"), StringComparison.Ordinal);
        Assert.Contains("Kenya Nyeri Gatomboya AA", await shopper.GetStringAsync("search?q=kenya"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("products/yemen-haraz-natural")).StatusCode);
    }
}
