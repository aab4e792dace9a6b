using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Csv;
using WalkingDrum.Testing;
using Xunit;
using static WalkingDrum.Commerce.Tests.Services.Csv.CsvUploads;

namespace WalkingDrum.Commerce.Tests.Services.Csv;

[Collection(ImportCollection.Name)]
public sealed class CatalogImportTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_good_file_creates_products_with_variants_tags_collections_and_fields()
    {
        var shop = await app.CreateShopAsync();
        await AddCollectionAsync(shop, "single-origin");
        var owner = await shop.OwnerClientAsync();

        var import = await ImportAsync(shop, owner, Utf8(
            Header + ",field: Origin",
            "kenya-aa,Kenya AA,<p>Bright</p>,active,\"Light, Fruity\",single-origin,Size,250 g,Grind,Whole bean,,,KEN-250-WB,14.50,16.00,20,yes,Nyeri",
            "kenya-aa,,,,,,,250 g,,Filter,,,KEN-250-FI,14.50,,5,yes,",
            "kenya-aa,,,,,,,1 kg,,Whole bean,,,KEN-1K-WB,48.00,,0,yes,",
            "filters,Paper filters,,draft,gear,,,,,,,,FILT-100,6.50,,,no,"));

        Assert.Equal(CatalogImportStatus.Completed, import.Status);
        Assert.Equal((4, 4, 2, 0), (import.TotalRows, import.ProcessedRows, import.CreatedProducts, import.UpdatedProducts));
        Assert.Equal("[]", import.ErrorsJson);
        var kenya = await app.InShopAsync(shop.Tenant, db => db.Set<Product>().AsNoTracking().Include(p => p.Variants).Include(p => p.Tags).FirstAsync(p => p.Slug == "kenya-aa"));
        Assert.Equal(("Kenya AA", ProductStatus.Active, "Size", "Grind"), (kenya.Title, kenya.Status, kenya.Option1Name, kenya.Option2Name));
        Assert.Equal(["KEN-1K-WB", "KEN-250-FI", "KEN-250-WB"], kenya.Variants.Select(v => v.Sku).Order(StringComparer.Ordinal));
        var first = kenya.Variants.Single(v => v.Sku == "KEN-250-WB");
        Assert.Equal((1450L, 1600L, "EUR", 20, true), (first.PriceMinor, first.CompareAtMinor, first.Currency, first.Stock, first.TrackInventory));
        Assert.Equal(["fruity", "light"], kenya.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal));
        var (members, origin) = await app.InShopAsync(shop.Tenant, async db => (
            await db.Set<CollectionProduct>().CountAsync(m => m.ProductId == kenya.Id),
            await db.Set<ProductField>().Where(f => f.ProductId == kenya.Id).Select(f => f.Value).SingleAsync()));
        Assert.Equal((1, "Nyeri"), (members, origin));
        var filters = await app.InShopAsync(shop.Tenant, db => db.Set<Product>().AsNoTracking().Include(p => p.Variants).FirstAsync(p => p.Slug == "filters"));
        Assert.Equal((ProductStatus.Draft, false, 650L), (filters.Status, filters.Variants.Single().TrackInventory, filters.Variants.Single().PriceMinor));
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_row_and_their_product_is_left_out_whole()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var import = await ImportAsync(shop, owner, Utf8(
            Header,
            "good-one,Good one,,active,,,,,,,,,G-1,10.00,,1,yes",
            "half-bad,Half bad,,active,,,Size,Small,,,,,H-S,10.00,,1,yes",
            "half-bad,,,,,,,Large,,,,,H-L,ten euros,,1,yes",
            "no-title,,,active,,,,,,,,,N-1,5.00,,1,yes",
            "bad-flag,Bad flag,,active,,,,,,,,,B-1,5.00,,1,maybe",
            "too-precise,Too precise,,active,,,,,,,,,T-1,5.001,,1,yes",
            "good-two,Good two,,draft,,,,,,,,,G-2,3.00,,,no"));

        Assert.Equal(CatalogImportStatus.Completed, import.Status);
        Assert.Equal(2, import.CreatedProducts);
        var errors = ImportErrorLog.Parse(import.ErrorsJson).ToDictionary(e => e.Row, e => string.Join(" ", e.Messages));
        Assert.Equal([4, 5, 6, 7], errors.Keys.Order());
        Assert.StartsWith("price:", errors[4], StringComparison.Ordinal);
        Assert.StartsWith("title:", errors[5], StringComparison.Ordinal);
        Assert.Contains("track inventory: write yes or no", errors[6], StringComparison.Ordinal);
        Assert.StartsWith("price:", errors[7], StringComparison.Ordinal);
        var slugs = await app.InShopAsync(shop.Tenant, db => db.Set<Product>().Select(p => p.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(["good-one", "good-two"], slugs);
        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<ProductVariant>().CountAsync(v => v.Sku == "H-S")));

        var page = await owner.GetStringAsync($"admin/products/import/{import.Id}");
        Assert.Contains("Rows that were not imported", page, StringComparison.Ordinal);
        Assert.Contains("<td>4</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_in_another_encoding_is_refused_with_a_clear_message_and_nothing_is_written()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var latin1 = Encoding.Latin1.GetBytes(Header + "\r\ncafe,Café crème,,active,,,,,,,,,C-1,4.00,,1,yes\r\n");

        var response = await UploadAsync(owner, latin1);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The file is not UTF-8 text", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal((0, 0), await app.InShopAsync(shop.Tenant, async db => (await db.Set<CatalogImport>().CountAsync(), await db.Set<Product>().CountAsync())));
    }

    [Theory]
    [InlineData("not a csv at all", "missing: handle, price")]
    [InlineData("", "Choose a CSV file")]
    public async Task Files_without_the_columns_are_refused(string content, string message)
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var response = await UploadAsync(owner, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_files_named_csv_are_refused()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

        var response = await UploadAsync(owner, png, "products.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The file is not UTF-8 text", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16_files_with_a_byte_order_mark_are_read()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var text = Header + "\r\ncafe,Café crème,,active,,,,,,,,,C-1,4.00,,1,yes\r\n";
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var import = await ImportAsync(shop, owner, utf16);

        Assert.Equal(1, import.CreatedProducts);
        Assert.Equal("Café crème", await app.InShopAsync(shop.Tenant, db => db.Set<Product>().Select(p => p.Title).SingleAsync()));
    }

    private Task AddCollectionAsync(TestShop shop, string slug) =>
        app.InShopAsync(shop.Tenant, async db =>
        {
            db.Add(new Collection { Title = slug, Slug = slug, IsPublished = true });
            return await db.SaveChangesAsync();
        });
}
