using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Carts;

/// <summary>Signing in merges the anonymous cart into the shopper's own.</summary>
[Collection(CartCollection.Name)]
public sealed class CartMergeTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Signing_in_sums_quantities_caps_them_at_stock_and_removes_the_anonymous_cart()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Sized("Kenya AA", ("250 g", "9.50", "KEN-250", 5), ("1 kg", "30.00", "KEN-1K", 50)));
        var untracked = await app.SaveProductAsync(shop, Catalog.Simple("Mug", "12.00") with
        {
            Variants = [new Commerce.Services.VariantInput(null, [], "MUG", "12.00", null, "0", false)],
        });
        var (small, large, mug) = (product.Variants[0].Id, product.Variants[1].Id, untracked.Variants[0].Id);

        var elsewhere = await shop.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword);
        await ShopperCart.AddOkAsync(elsewhere, small, 4);
        await ShopperCart.AddOkAsync(elsewhere, mug, 1);
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, small, 3);
        await ShopperCart.AddOkAsync(client, large, 1);
        await ShopperCart.AddOkAsync(client, mug, 2);
        Assert.Equal(2, (await ShopperCart.StoredAsync(app, shop)).Count);

        await Forms.SignInAsync(client, TestShop.CustomerEmail, TestShop.CustomerPassword);
        var merged = await client.GetAsync("cart");
        var html = await merged.Content.ReadAsStringAsync();

        var stored = Assert.Single(await ShopperCart.StoredAsync(app, shop));
        Assert.NotNull(stored.UserId);
        Assert.Equal(5, stored.Lines[small]);
        Assert.Equal(1, stored.Lines[large]);
        Assert.Equal(3, stored.Lines[mug]);
        Assert.Contains(merged.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wd_cart=;", StringComparison.Ordinal));
        Assert.Contains("Kenya AA — 1 kg", html, StringComparison.Ordinal);
        Assert.Equal(9, await ShopperCart.CountAsync(elsewhere));
    }

    [Fact]
    public async Task A_shopper_without_a_cart_of_their_own_keeps_the_anonymous_one_and_adds_as_themselves()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Blend", "10.00"));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id, 2);

        await Forms.SignInAsync(client, TestShop.CustomerEmail, TestShop.CustomerPassword);
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id, 1);

        var stored = Assert.Single(await ShopperCart.StoredAsync(app, shop));
        Assert.NotNull(stored.UserId);
        Assert.Equal(3, stored.Lines[product.Variants[0].Id]);
        var other = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        Assert.Equal(0, await ShopperCart.CountAsync(other));
    }
}
