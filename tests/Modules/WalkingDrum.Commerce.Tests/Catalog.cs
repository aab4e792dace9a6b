using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests;

/// <summary>Builds catalog data for tests: inputs, admin form fields, and products saved through the real service.</summary>
internal static class Catalog
{
    public static ProductInput Simple(string title, string price = "12.50", string status = "Active", string? sku = null, string? slug = null) =>
        new(title, slug, "<p>Fresh coffee.</p>", status, [], [new VariantInput(null, [], sku, price, null, "10", true)], ["coffee"], []);

    public static ProductInput Sized(string title, params (string Size, string Price, string Sku, int Stock)[] variants) =>
        new(title, null, "", "Active", ["Size"],
            [.. variants.Select(v => new VariantInput(null, [v.Size], v.Sku, v.Price, null, v.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture), true))],
            [], []);

    public static Task<T> InShopAsync<T>(this WalkingDrumApp app, TestShop shop, Func<IServiceProvider, Task<T>> work) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, work);

    public static Task<Product> SaveProductAsync(this WalkingDrumApp app, TestShop shop, ProductInput input) =>
        app.InShopAsync(shop, async services =>
        {
            var result = await services.GetRequiredService<ProductService>().CreateAsync(input, null, CancellationToken.None);
            Assert.True(result.Succeeded, result.Errors.ToString());
            return result.Product!;
        });

    public static Task<Collection> SaveCollectionAsync(this WalkingDrumApp app, TestShop shop, CollectionInput input) =>
        app.InShopAsync(shop, async services =>
        {
            var result = await services.GetRequiredService<CollectionService>().CreateAsync(input, CancellationToken.None);
            Assert.True(result.Succeeded, result.Errors.ToString());
            return result.Collection!;
        });

    /// <summary>The admin form fields of a product with one variant (no options).</summary>
    public static List<KeyValuePair<string, string>> Form(string title, string price, string status = "Draft", string sku = "", string slug = "") =>
    [
        new("Input.Title", title), new("Input.Slug", slug), new("Input.Description", "<p>Nice.</p>"), new("Input.Status", status),
        new("Input.Options[0]", ""), new("Input.Options[1]", ""), new("Input.Options[2]", ""),
        new("Input.Variants[0].Sku", sku), new("Input.Variants[0].Price", price), new("Input.Variants[0].CompareAtPrice", ""),
        new("Input.Variants[0].Stock", "5"), new("Input.Variants[0].TrackInventory", "true"), new("Input.Tags", "Espresso, espresso , dark"),
    ];
}
