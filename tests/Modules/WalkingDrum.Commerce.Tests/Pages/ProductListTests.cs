using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages;

[Collection(CatalogCollection.Name)]
public sealed class ProductListTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_new_shop_shows_an_empty_state_that_leads_to_the_editor()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var list = await owner.GetStringAsync("admin/products");
        var editor = await owner.GetStringAsync("admin/products/new");

        Assert.Contains("Add your first product", list, StringComparison.Ordinal);
        Assert.Contains("<h1>New product</h1>", editor, StringComparison.Ordinal);
        Assert.Contains("Custom fields", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_searches_filters_pages_and_bulk_publishes_with_a_summary()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveCollectionAsync(shop, new CollectionInput("Espresso", null, null, true));
        await app.InShopAsync(shop, async services =>
        {
            var staging = services.GetRequiredService<WalkingDrum.Commerce.Services.ProductStaging>();
            for (var i = 0; i < 55; i++)
            {
                var input = Catalog.Simple($"Bulk {i:00}", status: "Draft", sku: $"BLK-{i:00}") with { Tags = i % 2 == 0 ? ["even"] : ["odd"] };
                await staging.StageAsync(null, Guid.CreateVersion7(), input, new WalkingDrum.Commerce.Services.CatalogErrors(), CancellationToken.None);
            }

            await services.GetRequiredService<WalkingDrum.Core.Data.WalkingDrumDbContext>().SaveChangesAsync();
            return 0;
        });
        await app.SaveProductAsync(shop, Catalog.Simple("Ristretto", sku: "RIS-9") with { Collections = ["espresso"] });
        var owner = await shop.OwnerClientAsync();

        var first = await owner.GetStringAsync("admin/products");
        var second = await owner.GetStringAsync("admin/products?p=2");
        var bySku = await owner.GetStringAsync("admin/products?q=ris-9");
        var byCollection = await owner.GetStringAsync($"admin/products?collection={await CollectionIdAsync(shop)}");
        var byTagAndStatus = await owner.GetStringAsync("admin/products?tag=even&status=draft");
        var ids = await app.InShopAsync(shop.Tenant, db => db.Set<Product>().Where(p => p.Title.StartsWith("Bulk 0")).Select(p => p.Id).ToListAsync());
        var bulk = await Forms.PostAsync(owner, "admin/products", [new("bulkAction", "publish"), .. ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString()))], "admin/products?handler=Bulk&q=bulk");
        var afterBulk = await owner.GetStringAsync(bulk.Headers.Location);
        var noneSelected = await Forms.PostAsync(owner, "admin/products", [new("bulkAction", "archive")], "admin/products?handler=Bulk");

        Assert.Equal(50, Rows(first));
        Assert.Equal(6, Rows(second));
        Assert.Contains("56 products, page 1 of 2", first, StringComparison.Ordinal);
        Assert.Equal(1, Rows(bySku));
        Assert.Contains("Ristretto", byCollection, StringComparison.Ordinal);
        Assert.Equal(1, Rows(byCollection));
        Assert.Equal(28, Rows(byTagAndStatus));
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        Assert.Contains("q=bulk", bulk.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("handler", bulk.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("10 products published.", afterBulk, StringComparison.Ordinal);
        Assert.Equal(11, await app.InShopAsync(shop.Tenant, db => db.Set<Product>().CountAsync(p => p.Status == ProductStatus.Active)));
        Assert.Equal(HttpStatusCode.BadRequest, noneSelected.StatusCode);
        Assert.Contains("Select at least one product first.", await noneSelected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_shops_products_cannot_be_read_changed_or_deleted()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var theirs = await app.SaveProductAsync(b, Catalog.Simple("B Secret Product", status: "Draft"));
        var aOwner = await a.OwnerClientAsync();
        var page = $"admin/products/{theirs.Id}";
        var token = await Forms.TokenAsync(aOwner, "admin/products/new");

        var read = await aOwner.GetAsync(page);
        var edit = await aOwner.PostAsync(page, new FormUrlEncodedContent([.. Catalog.Form("Hijacked", "1.00"), new(Forms.TokenField, token)]));
        var delete = await aOwner.PostAsync(page + "?handler=Delete", new FormUrlEncodedContent([new("confirm", "yes"), new(Forms.TokenField, token)]));
        var bulk = await aOwner.PostAsync("admin/products?handler=Bulk", new FormUrlEncodedContent([new("bulkAction", "publish"), new("ids", theirs.Id.ToString()), new(Forms.TokenField, token)]));
        var list = await aOwner.GetStringAsync("admin/products?q=secret");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        Assert.DoesNotContain("B Secret Product", list, StringComparison.Ordinal);
        var after = await app.InShopAsync(b.Tenant, db => db.Set<Product>().SingleAsync());
        Assert.Equal(("B Secret Product", ProductStatus.Draft), (after.Title, after.Status));
    }

    [Fact]
    public async Task Customers_and_visitors_cannot_open_the_product_admin()
    {
        var shop = await app.CreateShopAsync();
        var customer = await shop.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword);

        var asCustomer = await customer.GetAsync("admin/products");
        var anonymous = await shop.Client().GetAsync("admin/products/new");

        Assert.Contains("/account/denied", asCustomer.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private Task<Guid> CollectionIdAsync(TestShop shop) => app.InShopAsync(shop.Tenant, db => db.Set<Collection>().Select(c => c.Id).SingleAsync());

    private static int Rows(string html) => System.Text.RegularExpressions.Regex.Count(html, "name=\"ids\"");
}
