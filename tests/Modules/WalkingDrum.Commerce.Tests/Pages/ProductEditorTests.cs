using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages;

[Collection(CatalogCollection.Name)]
public sealed class ProductEditorTests(WalkingDrumApp app)
{
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
}
