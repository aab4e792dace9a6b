using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Tenants.Recipes;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Recipes;

[Collection(CatalogCollection.Name)]
public sealed class CatalogRecipeStepsTests(WalkingDrumApp app)
{
    private const string Collections = """
        { "name": "collections", "collections": [
          { "title": "Kenya lots", "slug": "kenya-lots", "published": true, "description": "<p>Single-origin lots from Kenya.</p>" },
          { "title": "Hidden lots", "slug": "hidden-lots", "published": false, "description": "" } ] }
        """;

    [Fact]
    public async Task The_benchmark_recipe_shape_creates_collections_products_variants_tags_and_fields()
    {
        var shop = await app.CreateShopAsync();

        var failure = await RunAsync(shop, Collections, Products(
            """
            { "title": "Kenya Light Roast No. 00002", "slug": "kenya-light-00002", "status": "active",
              "description": "<p>A light roast from Kenya with notes of blueberry.</p>", "options": ["Size"],
              "variants": [
                { "options": ["250 g"], "sku": "B00002-250", "price": "9.50", "stock": 40, "trackInventory": true },
                { "options": ["1 kg"], "sku": "B00002-1K", "price": "32.30", "compareAtPrice": "35.00", "stock": 12, "trackInventory": true } ],
              "tags": ["light", "blueberry"], "collections": ["kenya-lots"], "fields": { "Origin": "Nyeri", "Process": "Washed" } }
            """));

        Assert.Null(failure);
        var product = await app.InShopAsync(shop.Tenant, db => db.Set<Product>().Include(p => p.Variants).Include(p => p.Tags).SingleAsync());
        Assert.Equal((ProductStatus.Active, "Size"), (product.Status, product.Option1Name));
        Assert.Equal([950L, 3230L], product.Variants.OrderBy(v => v.Position).Select(v => v.PriceMinor));
        Assert.Equal(3500L, product.Variants.Single(v => v.Sku == "B00002-1K").CompareAtMinor);
        Assert.Equal(["blueberry", "light"], product.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal));
        var collection = await shop.Client().GetStringAsync("collections/kenya-lots");
        Assert.Contains("Kenya Light Roast No. 00002", collection, StringComparison.Ordinal);
        var page = await shop.Client().GetStringAsync("products/kenya-light-00002");
        Assert.Contains("<dt>Origin</dt><dd>Nyeri</dd><dt>Process</dt><dd>Washed</dd>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync("collections/hidden-lots")).StatusCode);
    }

    [Fact]
    public async Task Large_recipes_are_saved_in_batches_inside_one_transaction()
    {
        var shop = await app.CreateShopAsync();
        const int Count = 1_200;
        var products = string.Join(",", Enumerable.Range(0, Count).Select(i => string.Create(CultureInfo.InvariantCulture, $$"""
            { "title": "Lot {{i:00000}}", "slug": "lot-{{i:00000}}", "status": "active", "description": "<p>Lot {{i}}</p>", "options": ["Size"],
              "variants": [ { "options": ["250 g"], "sku": "L{{i:00000}}-250", "price": "{{9 + i % 40 * 0.25:0.00}}", "stock": 40, "trackInventory": true },
                            { "options": ["1 kg"], "sku": "L{{i:00000}}-1K", "price": "30.00", "stock": 12, "trackInventory": true } ],
              "tags": ["light", "note-{{i % 10}}"], "collections": {{(i % 2 == 0 ? "[\"kenya-lots\"]" : "[]")}} }
            """)));
        var watch = Stopwatch.StartNew();

        var failure = await RunAsync(shop, Collections, Products(products));

        Assert.Null(failure);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"{Count} products took {watch.Elapsed}.");
        var counts = await app.InShopAsync(shop.Tenant, async db => (
            await db.Set<Product>().CountAsync(), await db.Set<ProductVariant>().CountAsync(), await db.Set<CollectionProduct>().CountAsync()));
        Assert.Equal((Count, Count * 2, Count / 2), counts);
        var positions = await app.InShopAsync(shop.Tenant, db => db.Set<CollectionProduct>().Select(m => m.Position).Distinct().CountAsync());
        Assert.Equal(Count / 2, positions);
    }

    [Theory]
    [InlineData("""{ "title": "Bad Price", "variants": [ { "price": "12,50" } ] }""", "Bad Price", "Variants[0].Price")]
    [InlineData("""{ "title": "No Variants", "variants": [] }""", "No Variants", "Add a variant with a price.")]
    [InlineData("""{ "title": "Unknown Collection", "variants": [ { "price": "1" } ], "collections": ["nope"] }""", "Unknown Collection", "There is no collection")]
    [InlineData("""{ "title": "Wrong Kind", "variants": "many" }""", "Wrong Kind", "'variants' must be an array of objects.")]
    [InlineData("""{ "title": "Bad Stock", "variants": [ { "price": "1", "stock": -4 } ] }""", "Bad Stock", "Variants[0].Stock")]
    [InlineData("""{ "title": "With Images", "variants": [ { "price": "1" } ], "images": [ { "file": "a.jpg", "alt": "A" } ] }""", "With Images", "no file 'a.jpg' in the recipes folder")]
    public async Task Bad_products_fail_the_recipe_naming_the_product_and_leave_nothing(string bad, string title, string problem)
    {
        var shop = await app.CreateShopAsync();
        var good = """{ "title": "Good", "variants": [ { "price": "1.00" } ] }""";

        var failure = await RunAsync(shop, Collections, Products(good + "," + bad));

        Assert.NotNull(failure);
        Assert.Contains($"product 2 “{title}”", failure.Message, StringComparison.Ordinal);
        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await app.InShopAsync(shop.Tenant, async db => (await db.Set<Product>().CountAsync(), await db.Set<Collection>().CountAsync())));
    }

    [Fact]
    public async Task A_slug_repeated_across_batches_is_refused()
    {
        var shop = await app.CreateShopAsync();
        var products = string.Join(",", Enumerable.Range(0, 501).Select(i => $$"""{ "title": "P{{i}}", "slug": "p-{{i}}", "variants": [ { "price": "1" } ] }"""));

        var failure = await RunAsync(shop, Products(products + """, { "title": "Again", "slug": "p-3", "variants": [ { "price": "1" } ] }"""));

        Assert.NotNull(failure);
        Assert.Contains("product 502 “Again”: Slug: Another product already uses the slug “p-3”", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collection_without_a_title_fails_the_recipe()
    {
        var shop = await app.CreateShopAsync();

        var failure = await RunAsync(shop, """{ "name": "collections", "collections": [ { "slug": "x", "published": "yes" } ] }""");

        Assert.NotNull(failure);
        Assert.Contains("collection 1", failure.Message, StringComparison.Ordinal);
    }

    private static string Products(string items) => $$"""{ "name": "products", "products": [ {{items}} ] }""";

    /// <summary>Runs the steps the way provisioning does: in the shop's scope, inside one transaction.</summary>
    private Task<RecipeException?> RunAsync(TestShop shop, params string[] steps)
    {
        var elements = steps.Select(s => JsonDocument.Parse(s).RootElement.Clone()).ToList();
        return app.InShopAsync(shop, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            try
            {
                await services.GetRequiredService<RecipeRunner>().RunAsync(
                    new Recipe("catalog-test", "Catalog test", "", false, elements), new RecipeContext(services, shop.OwnerEmail), CancellationToken.None);
                await transaction.CommitAsync();
                return null;
            }
            catch (RecipeException ex)
            {
                return ex;
            }
        });
    }
}
