using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Search;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Search;

/// <summary>The index follows publishing, and a missing, corrupt or idle index never shows.</summary>
[Collection(CatalogCollection.Name)]
public sealed class SearchIndexLifecycleTests(WalkingDrumApp app)
{
    private SearchIndexes Indexes => app.Services.GetRequiredService<SearchIndexes>();

    [Fact]
    public async Task Publishing_unpublishing_and_deleting_update_the_results_at_once()
    {
        var shop = await app.CreateShopAsync();
        var id = await TestCatalog.AddProductAsync(app, shop, "Kenya Peaberry", 1500, status: ProductStatus.Draft);
        Assert.Empty(await SearchPage.TitlesAsync(shop, "?q=kenya"));

        await TestCatalog.SetStatusAsync(app, shop, id, ProductStatus.Active);
        Assert.Equal(["Kenya Peaberry"], await SearchPage.TitlesAsync(shop, "?q=kenya"));

        await TestCatalog.SetStatusAsync(app, shop, id, ProductStatus.Archived);
        Assert.Empty(await SearchPage.TitlesAsync(shop, "?q=kenya"));

        await TestCatalog.SetStatusAsync(app, shop, id, ProductStatus.Active);
        Assert.Equal(["Kenya Peaberry"], await SearchPage.TitlesAsync(shop, "?q=kenya"));
        await TestCatalog.DeleteAsync(app, shop, id);
        Assert.Empty(await SearchPage.TitlesAsync(shop, "?q=kenya"));
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_from_the_database()
    {
        var shop = await app.CreateShopAsync();
        await TestCatalog.AddProductAsync(app, shop, "Guatemala Huehue", 1400);
        Assert.Equal(["Guatemala Huehue"], await SearchPage.TitlesAsync(shop, "?q=guatemala"));
        var folder = Indexes.FolderOf(shop.Tenant.Id);
        Assert.True(Directory.Exists(folder));

        Directory.Delete(folder, recursive: true);
        Assert.Equal(["Guatemala Huehue"], await SearchPage.TitlesAsync(shop, "?q=huehue"));
        Assert.True(Directory.Exists(folder));
        Assert.NotEmpty(Directory.GetFiles(folder, "segments_*"));
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_instead_of_failing()
    {
        var shop = await app.CreateShopAsync();
        await TestCatalog.AddProductAsync(app, shop, "Sumatra Mandheling", 1400);
        Assert.Equal(["Sumatra Mandheling"], await SearchPage.TitlesAsync(shop, "?q=sumatra"));

        Indexes.CloseIdle(TimeSpan.Zero);
        foreach (var file in Directory.GetFiles(Indexes.FolderOf(shop.Tenant.Id)).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(file, "not an index"u8.ToArray());
        }

        Assert.Equal(["Sumatra Mandheling"], await SearchPage.TitlesAsync(shop, "?q=mandheling"));
    }

    [Fact]
    public async Task Idle_indexes_are_closed_and_open_again_on_the_next_search()
    {
        var shop = await app.CreateShopAsync();
        await TestCatalog.AddProductAsync(app, shop, "Brazil Cerrado", 1100);
        Assert.Equal(["Brazil Cerrado"], await SearchPage.TitlesAsync(shop, "?q=brazil"));
        Assert.True(Indexes.OpenCount > 0);

        Indexes.CloseIdle(TimeSpan.Zero);
        Assert.Equal(0, Indexes.OpenCount);
        Assert.Equal(["Brazil Cerrado"], await SearchPage.TitlesAsync(shop, "?q=cerrado"));
    }
}
