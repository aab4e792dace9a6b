using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class ProductAdminTests(WalkingDrumApp app)
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
    public async Task The_owner_creates_a_product_and_every_row_is_written()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var fields = Catalog.Form("House Blend 250 g", "12.50", "Active", "HB-250");
        fields.AddRange([new("fields.present", "1"), new("fields.name", "Origin"), new("fields.value", "Brazil"), new("fields.name", ""), new("fields.value", "")]);

        var response = await Forms.PostAsync(owner, "admin/products/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var product = await app.InShopAsync(shop.Tenant, db => db.Set<Product>().Include(p => p.Variants).Include(p => p.Tags).SingleAsync());
        Assert.Equal("house-blend-250-g", product.Slug);
        Assert.Equal(ProductStatus.Active, product.Status);
        var variant = Assert.Single(product.Variants);
        Assert.Equal(1250, variant.PriceMinor);
        Assert.Equal("EUR", variant.Currency);
        Assert.Equal(["dark", "espresso"], product.Tags.Select(t => t.Tag).Order());
        var field = await app.InShopAsync(shop.Tenant, db => db.Set<ProductField>().SingleAsync());
        Assert.Equal(("Origin", "Brazil"), (field.Name, field.Value));
        Assert.EndsWith($"admin/products/{product.Id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("was added", await owner.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_re_renders_with_inline_errors_on_every_field_and_writes_nothing()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveProductAsync(shop, Catalog.Simple("Existing", sku: "TAKEN"));
        var owner = await shop.OwnerClientAsync();
        var fields = Catalog.Form("", "12,50", "Published", "TAKEN", "Bad Slug");
        fields.AddRange([new("Input.Variants[0].CompareAtPrice", "1.00"), new("fields.present", "1"), new("fields.name", ""), new("fields.value", "orphan value")]);
        fields.RemoveAll(f => f.Key == "Input.Variants[0].CompareAtPrice" && f.Value.Length == 0);
        var before = await app.Database.CountsAsync("products", "product_variants", "product_tags", "product_fields");

        var response = await Forms.PostAsync(owner, "admin/products/new", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a title.", html, StringComparison.Ordinal);
        Assert.Contains("Use lower-case letters", html, StringComparison.Ordinal);
        Assert.Contains("Choose Draft, Active or Archived.", html, StringComparison.Ordinal);
        Assert.Contains("Use a point for decimals", html, StringComparison.Ordinal);
        Assert.Contains("Another product already uses SKU TAKEN.", html, StringComparison.Ordinal);
        Assert.Contains("Name this field, or clear its value.", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*aria-invalid=\"true\"[^>]*name=\"Input.Variants\\[0\\].Price\"|<input[^>]*name=\"Input.Variants\\[0\\].Price\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("aria-describedby=\"Input_Variants_0__Price-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Variants_0__Price-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12,50\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"orphan value\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.Database.CountsAsync("products", "product_variants", "product_tags", "product_fields"));
    }

    [Fact]
    public async Task Variant_rows_are_added_and_removed_without_saving_and_each_row_is_validated()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var fields = Catalog.Form("Kenya", "9.00");
        fields[fields.FindIndex(f => f.Key == "Input.Options[0]")] = new("Input.Options[0]", "Size");
        fields.Add(new("Input.Variants[0].OptionValues[0]", "250 g"));

        var added = await Forms.PostAsync(owner, "admin/products/new", [.. fields, new("command", "add-variant")]);
        var addedHtml = await added.Content.ReadAsStringAsync();
        fields.AddRange([new("Input.Variants[1].OptionValues[0]", "250 g"), new("Input.Variants[1].Price", "-2"), new("Input.Variants[1].Sku", "")]);
        var invalid = await Forms.PostAsync(owner, "admin/products/new", fields);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        var removed = await Forms.PostAsync(owner, "admin/products/new", [.. fields, new("command", "remove-variant:1")]);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Input.Variants[1].Price\"", addedHtml, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Input_Variants_1__OptionValues_0_\">Size</label>", addedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Another variant is already 250 g", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Variants_1__Price-error\"", invalidHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Variants[1].Price\"", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<Product>().CountAsync()));
    }

    [Fact]
    public async Task Staff_edit_a_product_and_a_published_slug_change_redirects_shoppers()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Old Title", sku: "OT-1"));
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        var form = await staff.GetStringAsync($"admin/products/{product.Id}");
        var fields = Catalog.Form("New Title", "15.00", "Active", "OT-1", "new-title");
        fields.Add(new("Input.Variants[0].Id", product.Variants[0].Id.ToString()));

        var saved = await Forms.PostAsync(staff, $"admin/products/{product.Id}", fields);

        Assert.Contains("value=\"Old Title\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var variant = await app.InShopAsync(shop.Tenant, db => db.Set<ProductVariant>().SingleAsync());
        Assert.Equal((product.Variants[0].Id, 1500L), (variant.Id, variant.PriceMinor));
        var old = await shop.Client().GetAsync("products/old-title");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.EndsWith("/products/new-title", old.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_then_removes_the_product_and_its_rows()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Doomed") with { Fields = [new("Origin", "Peru")] });
        var owner = await shop.OwnerClientAsync();
        var page = $"admin/products/{product.Id}";

        var unconfirmed = await Forms.PostAsync(owner, page, [], page + "?handler=Delete");
        var confirmed = await Forms.PostAsync(owner, page, [new("confirm", "yes")], page + "?handler=Delete");

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Tick the box to confirm", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal((0, 0, 0), await app.InShopAsync(shop.Tenant, async db =>
            (await db.Set<Product>().CountAsync(), await db.Set<ProductVariant>().CountAsync(), await db.Set<ProductField>().CountAsync())));
        Assert.Matches("Doomed.{0,10} was deleted.", await owner.GetStringAsync("admin/products"));
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
