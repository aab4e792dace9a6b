using System.Net;
using Microsoft.EntityFrameworkCore;
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
}
