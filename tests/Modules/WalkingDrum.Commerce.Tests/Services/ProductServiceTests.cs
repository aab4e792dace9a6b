using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Content;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services;

[Collection(CatalogCollection.Name)]
public sealed class ProductServiceTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Slugs_made_from_titles_get_a_free_suffix_but_a_chosen_slug_must_be_free()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveProductAsync(shop, Catalog.Simple("House Blend"));

        var second = await app.SaveProductAsync(shop, Catalog.Simple("House Blend"));
        var third = await app.SaveProductAsync(shop, Catalog.Simple("House  blend!"));
        var chosen = await SaveAsync(shop, Catalog.Simple("Other", slug: "house-blend"));

        Assert.Equal("house-blend-2", second.Slug);
        Assert.Equal("house-blend-3", third.Slug);
        Assert.False(chosen.Succeeded);
        Assert.StartsWith("Another product already uses the slug", chosen.Errors.ByField["Slug"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skus_are_unique_per_shop_but_not_across_shops()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        await app.SaveProductAsync(a, Catalog.Simple("First", sku: "SKU-1"));

        var clash = await SaveAsync(a, Catalog.Simple("Second", sku: "SKU-1"));
        var elsewhere = await SaveAsync(b, Catalog.Simple("Second", sku: "SKU-1"));
        var none = await SaveAsync(a, Catalog.Simple("Third"));
        var alsoNone = await SaveAsync(a, Catalog.Simple("Fourth", sku: "  "));

        Assert.Equal("Another product already uses SKU SKU-1.", Assert.Single(clash.Errors.ByField["Variants[0].Sku"]));
        Assert.True(elsewhere.Succeeded && none.Succeeded && alsoNone.Succeeded);
        Assert.Equal(3, await app.InShopAsync(a.Tenant, db => db.Set<ProductVariant>().CountAsync()));
    }

    [Fact]
    public async Task Editing_keeps_variant_ids_removes_unlisted_variants_and_redirects_a_published_slug()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Sized("Kenya AA", ("250 g", "9.00", "K-250", 3), ("1 kg", "30.00", "K-1K", 0)));
        var kept = product.Variants.Single(v => v.Sku == "K-1K").Id;

        var edit = Catalog.Sized("Kenya AA Peaberry", ("1 kg", "31.00", "K-1K", 2), ("500 g", "17.00", "K-500", 4)) with { Slug = "kenya-peaberry" };
        var result = await app.InShopAsync(shop, services =>
            services.GetRequiredService<ProductService>().UpdateAsync(product.Id, edit, null, CancellationToken.None));

        Assert.True(result!.Succeeded, result.Errors.ToString());
        var variants = await app.InShopAsync(shop.Tenant, db => db.Set<ProductVariant>().OrderBy(v => v.Position).ToListAsync());
        Assert.Equal(["K-1K", "K-500"], variants.Select(v => v.Sku));
        Assert.Equal(kept, variants[0].Id);
        Assert.Equal(3100, variants[0].PriceMinor);
        var moved = await app.InShopAsync(shop, services =>
            services.GetRequiredService<IStorefrontRedirects>().FindAsync("/products/kenya-aa", CancellationToken.None));
        Assert.Equal("/products/kenya-peaberry", moved);
    }

    [Fact]
    public async Task A_draft_changing_its_slug_leaves_no_redirect()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Draft Blend", status: "Draft"));

        await app.InShopAsync(shop, services => services.GetRequiredService<ProductService>()
            .UpdateAsync(product.Id, Catalog.Simple("Draft Blend", status: "Draft", slug: "renamed"), null, CancellationToken.None));

        Assert.Null(await app.InShopAsync(shop, services =>
            services.GetRequiredService<IStorefrontRedirects>().FindAsync("/products/draft-blend", CancellationToken.None)));
    }

    [Fact]
    public async Task Invalid_parts_mean_nothing_is_saved()
    {
        var shop = await app.CreateShopAsync();

        var result = await app.InShopAsync(shop, services => services.GetRequiredService<ProductService>()
            .CreateAsync(Catalog.Simple("Coffee"), (_, _) => Task.FromResult(false), CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<Product>().CountAsync()));
    }

    [Fact]
    public async Task Bulk_status_changes_count_what_changed_and_ignore_other_shops()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var draft = await app.SaveProductAsync(a, Catalog.Simple("Draft", status: "Draft"));
        var active = await app.SaveProductAsync(a, Catalog.Simple("Active"));
        var foreign = await app.SaveProductAsync(b, Catalog.Simple("Foreign", status: "Draft"));

        var summary = await app.InShopAsync(a, services => services.GetRequiredService<ProductService>()
            .SetStatusAsync([draft.Id, active.Id, foreign.Id], ProductStatus.Active, CancellationToken.None));

        Assert.Equal(new StatusChangeSummary(1, 1, 1), summary);
        Assert.Equal(ProductStatus.Draft, await app.InShopAsync(b.Tenant, db => db.Set<Product>().Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Unknown_collections_are_reported_and_known_ones_joined_at_the_end()
    {
        var shop = await app.CreateShopAsync();
        var espresso = await app.SaveCollectionAsync(shop, new CollectionInput("Espresso", null, null, true));
        var first = await app.SaveProductAsync(shop, Catalog.Simple("First") with { Collections = ["espresso"] });

        var second = await app.SaveProductAsync(shop, Catalog.Simple("Second") with { Collections = ["ESPRESSO"] });
        var unknown = await SaveAsync(shop, Catalog.Simple("Third") with { Collections = ["espresso", "decaf"] });

        var members = await app.InShopAsync(shop.Tenant, db => db.Set<CollectionProduct>().Where(m => m.CollectionId == espresso.Id).OrderBy(m => m.Position).Select(m => m.ProductId).ToListAsync());
        Assert.Equal([first.Id, second.Id], members);
        Assert.Equal("There is no collection “decaf”.", Assert.Single(unknown.Errors.ByField["Collections"]));
    }

    private Task<ProductSaveResult> SaveAsync(TestShop shop, ProductInput input) =>
        app.InShopAsync(shop, services => services.GetRequiredService<ProductService>().CreateAsync(input, null, CancellationToken.None));
}
