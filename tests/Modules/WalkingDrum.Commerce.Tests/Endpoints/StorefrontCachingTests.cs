using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>
/// Storefront pages are cached twice (whole pages for anonymous shoppers, the data behind them for
/// everyone); whatever the merchant publishes must show on the next request all the same.
/// </summary>
[Collection(CatalogCollection.Name)]
public sealed class StorefrontCachingTests(WalkingDrumApp app)
{
    [Fact]
    public async Task An_edited_product_shows_at_once_to_anonymous_and_signed_in_shoppers()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Kenya Nyeri", "14.00", slug: "kenya"));
        var anonymous = shop.Client();
        var signedIn = await shop.OwnerClientAsync();
        Assert.Contains("€14.00", await anonymous.GetStringAsync("products/kenya"), StringComparison.Ordinal);
        Assert.Contains("€14.00", await signedIn.GetStringAsync($"/s/{shop.Name}/products/kenya"), StringComparison.Ordinal);

        await UpdateAsync(shop, product.Id, Catalog.Simple("Kenya Nyeri AA", "16.00", slug: "kenya"));

        foreach (var html in new[] { await anonymous.GetStringAsync("products/kenya"), await signedIn.GetStringAsync($"/s/{shop.Name}/products/kenya") })
        {
            Assert.Contains("<h1>Kenya Nyeri AA</h1>", html, StringComparison.Ordinal);
            Assert.Contains("€16.00", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unpublished_product_leaves_its_collection_page_and_its_own_address_at_once()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveCollectionAsync(shop, new CollectionInput("House", "house", "", true));
        await app.SaveProductAsync(shop, Catalog.Simple("Kept Blend") with { Collections = ["house"] });
        var dropped = await app.SaveProductAsync(shop, Catalog.Simple("Dropped Blend") with { Collections = ["house"] });
        var client = shop.Client();
        var before = await client.GetStringAsync("collections/house");
        Assert.Contains("Dropped Blend", before, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("products/dropped-blend")).StatusCode);

        await app.InShopAsync(shop, services =>
            services.GetRequiredService<ProductService>().SetStatusAsync([dropped.Id], ProductStatus.Draft, CancellationToken.None));

        var after = await client.GetStringAsync("collections/house");
        Assert.Contains("Kept Blend", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Dropped Blend", after, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("products/dropped-blend")).StatusCode);
    }

    [Fact]
    public async Task One_shop_publishing_leaves_another_shops_cached_data_alone_and_unmixed()
    {
        var first = await app.CreateShopAsync();
        var second = await app.CreateShopAsync();
        await app.SaveProductAsync(first, Catalog.Simple("First Shop Roast", "10.00", slug: "roast"));
        await app.SaveProductAsync(second, Catalog.Simple("Second Shop Roast", "20.00", slug: "roast"));

        var firstHtml = await first.Client().GetStringAsync("products/roast");
        var secondHtml = await second.Client().GetStringAsync("products/roast");

        Assert.Contains("First Shop Roast", firstHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Second Shop Roast", firstHtml, StringComparison.Ordinal);
        Assert.Contains("Second Shop Roast", secondHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("First Shop Roast", secondHtml, StringComparison.Ordinal);
    }

    private Task UpdateAsync(TestShop shop, Guid productId, ProductInput input) =>
        app.InShopAsync(shop, async services =>
        {
            var result = await services.GetRequiredService<ProductService>().UpdateAsync(productId, input, null, CancellationToken.None);
            Assert.True(result?.Succeeded, result?.Errors.ToString());
            return result;
        });
}
