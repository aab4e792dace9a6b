using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Csv;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;
using static WalkingDrum.Commerce.Tests.Services.Csv.CsvUploads;

namespace WalkingDrum.Commerce.Tests.Services.Csv;

[Collection(ImportCollection.Name)]
public sealed class CatalogImportScaleTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_large_file_imports_completely_and_its_progress_page_polls_while_it_runs()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var file = Generated(products: 5000, variantsEach: 2);

        var response = await UploadAsync(owner, file);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var statusPath = response.Headers.Location!.OriginalString.TrimStart('/');
        var statusPage = await owner.GetStringAsync(statusPath[(statusPath.IndexOf("admin/", StringComparison.Ordinal))..]);
        var importId = Guid.Parse(statusPath[^36..]);
        var import = await WaitAsync(shop, importId);

        Assert.Contains("<progress id=\"import-bar\"", statusPage, StringComparison.Ordinal);
        Assert.Equal((CatalogImportStatus.Completed, 10000, 10000, 5000), (import.Status, import.TotalRows, import.ProcessedRows, import.CreatedProducts));
        Assert.Equal(10000, await app.InShopAsync(shop.Tenant, db => db.Set<ProductVariant>().CountAsync()));
        var done = await owner.GetStringAsync($"admin/products/import/{importId}?handler=Progress");
        Assert.DoesNotContain("hx-trigger", done, StringComparison.Ordinal);
        Assert.Contains("10000 of 10000 rows read (100%)", done, StringComparison.Ordinal);

        // The export reads the catalog in pages of 500 products: every row comes out exactly once.
        var exported = Encoding.UTF8.GetString(await owner.GetByteArrayAsync("admin/products/export")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10000, exported.Length - 1);
        Assert.Equal(5000, exported.Skip(1).Select(row => row[..row.IndexOf(',', StringComparison.Ordinal)]).Distinct().Count());
    }

    [Fact]
    public async Task An_import_stopped_part_way_resumes_after_its_last_batch_without_duplicates()
    {
        var shop = await app.CreateShopAsync();
        var files = app.Services.GetRequiredService<CatalogImportFiles>();
        var import = new CatalogImport { FileName = "big.csv", Status = CatalogImportStatus.Queued, CreatedAt = DateTimeOffset.UtcNow };
        await using (var content = new MemoryStream(Generated(products: CatalogImportRunner.BatchSize * 3, variantsEach: 1)))
        {
            await files.SaveAsync(shop.Name, import.Id, content, CancellationToken.None);
        }

        await app.InShopAsync(shop.Tenant, async db => { db.Add(import); return await db.SaveChangesAsync(); });
        // The first run is cancelled as soon as its first batch is committed, as a killed process would be.
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(shop.Tenant, import.Id, stop, cancelAfterProducts: CatalogImportRunner.BatchSize));
        var partial = await app.InShopAsync(shop.Tenant, db => db.Set<CatalogImport>().AsNoTracking().FirstAsync(i => i.Id == import.Id));
        var committed = await app.InShopAsync(shop.Tenant, db => db.Set<Product>().CountAsync());
        Assert.Equal(CatalogImportStatus.Running, partial.Status);
        Assert.InRange(partial.ProcessedRows, CatalogImportRunner.BatchSize, CatalogImportRunner.BatchSize * 2);
        Assert.Equal(0, partial.ProcessedRows % CatalogImportRunner.BatchSize);
        Assert.Equal(partial.ProcessedRows, committed);

        await RunAsync(shop.Tenant, import.Id, new CancellationTokenSource(), cancelAfterProducts: null);

        var finished = await app.InShopAsync(shop.Tenant, db => db.Set<CatalogImport>().AsNoTracking().FirstAsync(i => i.Id == import.Id));
        Assert.Equal((CatalogImportStatus.Completed, CatalogImportRunner.BatchSize * 3), (finished.Status, finished.CreatedProducts));
        Assert.Equal(CatalogImportRunner.BatchSize * 3, await app.InShopAsync(shop.Tenant, db => db.Set<Product>().CountAsync()));
        Assert.False(File.Exists(files.PathOf(shop.Name, import.Id)));
    }

    [Fact]
    public async Task Export_then_import_changes_nothing_and_keeps_variant_ids()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        await ImportAsync(shop, owner, Utf8(
            Header + ",field: Origin",
            "kenya-aa,\"Kenya \"\"AA\"\"\",\"<p>Bright, juicy</p>\",active,light,,Size,250 g,,,,,KEN-250,14.50,16.00,20,yes,Nyeri",
            "kenya-aa,,,,,,,1 kg,,,,,KEN-1K,48.00,,0,yes,"));
        var before = await VariantsAsync(shop);

        var exported = await owner.GetByteArrayAsync("admin/products/export");
        var reimport = await ImportAsync(shop, owner, exported);

        Assert.Equal((0, 1, "[]"), (reimport.CreatedProducts, reimport.UpdatedProducts, reimport.ErrorsJson));
        Assert.Equal(before, await VariantsAsync(shop));
        var text = Encoding.UTF8.GetString(exported);
        Assert.Contains("\"Kenya \"\"AA\"\"\"", text, StringComparison.Ordinal);
        Assert.Contains("field: Origin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_shop_cannot_see_an_import_or_export_its_catalog_and_shoppers_are_kept_out()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var bOwner = await b.OwnerClientAsync();
        var bImport = await ImportAsync(b, bOwner, Utf8(Header, "secret-beans,Secret beans,,active,,,,,,,,,SECRET-1,9.00,,1,yes"));
        var aOwner = await a.OwnerClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await aOwner.GetAsync($"admin/products/import/{bImport.Id}")).StatusCode);
        Assert.DoesNotContain("secret-beans", await aOwner.GetStringAsync("admin/products/export"), StringComparison.Ordinal);
        Assert.DoesNotContain(bImport.Id.ToString(), await aOwner.GetStringAsync("admin/products/import"), StringComparison.Ordinal);
        var customer = await a.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword);
        Assert.NotEqual(HttpStatusCode.OK, (await customer.GetAsync("admin/products/export")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await a.Client().GetAsync("admin/products/import")).StatusCode);
    }

    private async Task RunAsync(TenantInfo tenant, Guid importId, CancellationTokenSource stop, int? cancelAfterProducts)
    {
        using var finished = new CancellationTokenSource();
        var watcher = cancelAfterProducts is { } limit ? CancelWhenCommittedAsync(tenant, limit, stop, finished.Token) : Task.CompletedTask;
        try
        {
            await app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, services =>
                services.GetRequiredService<CatalogImportRunner>().RunAsync(importId, stop.Token));
        }
        finally
        {
            await finished.CancelAsync();
            await watcher;
        }
    }

    // Cancels the run from a committed-products count, the way a kill arrives between batches.
    // One poll at a time, awaited: a timer firing every few milliseconds piled blocked callbacks up
    // until the thread pool starved and database connections timed out.
    private async Task CancelWhenCommittedAsync(TenantInfo tenant, int products, CancellationTokenSource stop, CancellationToken finished)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (await app.InShopAsync(tenant, db => db.Set<Product>().CountAsync(finished)) >= products)
                {
                    await stop.CancelAsync();
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(5), finished);
            }
        }
        catch (OperationCanceledException) when (finished.IsCancellationRequested)
        {
            // The run ended before the count was reached.
        }
    }

    private Task<string> VariantsAsync(TestShop shop) =>
        app.InShopAsync(shop.Tenant, async db => string.Join("\n", await db.Set<ProductVariant>().AsNoTracking()
            .OrderBy(v => v.Sku)
            .Select(v => $"{v.Id}|{v.Sku}|{v.Option1}|{v.PriceMinor}|{v.CompareAtMinor}|{v.Stock}|{v.TrackInventory}")
            .ToListAsync()));

    private static byte[] Generated(int products, int variantsEach)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        for (var p = 0; p < products; p++)
        {
            for (var v = 0; v < variantsEach; v++)
            {
                var first = v == 0;
                csv.Append(CultureInfo.InvariantCulture, $"bean-{p:D5},{(first ? $"Bean {p:D5}" : "")},{(first ? "<p>Roasted.</p>" : "")},{(first ? "active" : "")},{(first ? "generated" : "")},,")
                   .Append(CultureInfo.InvariantCulture, $"{(first ? "Size" : "")},{250 * (v + 1)} g,,,,,B{p:D5}-{v},{9 + v}.50,,10,yes\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
