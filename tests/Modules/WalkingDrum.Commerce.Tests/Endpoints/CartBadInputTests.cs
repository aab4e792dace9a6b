using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>Every refused cart form answers a clear message with 400, never a 500, and writes nothing.</summary>
[Collection(CartCollection.Name)]
public sealed class CartBadInputTests(WalkingDrumApp app)
{
    public static TheoryData<string, string, string> Quantities => new()
    {
        { "0", "Enter a quantity of at least 1.", "zero" },
        { "-3", "Enter a quantity of at least 1.", "negative" },
        { "1000", "You can have at most 999 of one item in your cart.", "huge" },
        { "99999999999999999999", "You can have at most 999 of one item in your cart.", "beyond int" },
        { "two", "Enter the quantity as a whole number, e.g. 2.", "words" },
        { "1.5", "Enter the quantity as a whole number, e.g. 2.", "fraction" },
        { "", "Enter a quantity, e.g. 1.", "empty" },
        { "<script>alert(1)</script>", "Enter the quantity as a whole number, e.g. 2.", "markup" },
    };

    [Theory]
    [MemberData(nameof(Quantities))]
    public async Task Bad_quantities_are_refused_on_add_and_update(string quantity, string message, string because)
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Blend", "10.00"));
        var variant = product.Variants[0].Id;
        var client = shop.Client();
        var add = await ShopperCart.AddAsync(client, variant, quantity);
        Assert.Empty(await ShopperCart.StoredAsync(app, shop));
        await ShopperCart.AddOkAsync(client, variant, 2);

        var update = await ShopperCart.PostAsync(client, "cart/update", ("variant", variant.ToString()), ("quantity", quantity));

        foreach (var response in new[] { add, update })
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        }

        Assert.Equal(2, Assert.Single(await ShopperCart.StoredAsync(app, shop)).Lines[variant]);
    }

    [Fact]
    public async Task Unknown_malformed_and_other_shops_variants_are_not_available_here()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var theirs = await app.SaveProductAsync(other, Catalog.Simple("Their Blend", "10.00"));
        var draft = await app.SaveProductAsync(shop, Catalog.Simple("Draft Blend", "10.00", status: "Draft"));
        var client = shop.Client();

        foreach (var variant in new[] { Guid.NewGuid().ToString(), "not-a-guid", "", Guid.Empty.ToString(), theirs.Variants[0].Id.ToString(), draft.Variants[0].Id.ToString() })
        {
            var response = await ShopperCart.PostAsync(client, "cart/add", ("variant", variant), ("quantity", "1"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("That item isn’t available in this shop.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(await ShopperCart.StoredAsync(app, shop));
        Assert.Empty(await ShopperCart.StoredAsync(app, other));
    }

    [Fact]
    public async Task Changes_without_a_valid_token_or_a_form_are_refused_and_change_nothing()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Blend", "10.00"));
        var variant = product.Variants[0].Id.ToString();
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id, 2);

        var responses = new List<HttpResponseMessage>
        {
            await client.PostAsync("cart/update", new FormUrlEncodedContent([new("variant", variant), new("quantity", "5")])),
            await client.PostAsync("cart/remove", new FormUrlEncodedContent([new("variant", variant), new(Forms.TokenField, "forged")])),
            await client.PostAsync("cart/coupon", new FormUrlEncodedContent([new("code", "ANY")])),
            await client.PostAsync("cart/add", new StringContent("{\"variant\":\"x\"}", System.Text.Encoding.UTF8, "application/json")),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Contains("Nothing was changed", await responses[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Please use the form on the page.", await responses[3].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(await ShopperCart.StoredAsync(app, shop)).Lines[product.Variants[0].Id]);
    }

    [Fact]
    public async Task Removing_or_updating_what_is_not_in_the_cart_says_so()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Blend", "10.00"));
        var client = shop.Client();

        var remove = await ShopperCart.PostAsync(client, "cart/remove", ("variant", product.Variants[0].Id.ToString()));
        var update = await ShopperCart.PostAsync(client, "cart/update", ("variant", product.Variants[0].Id.ToString()), ("quantity", "1"));

        Assert.Contains("That item is not in your cart.", await remove.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("That item is not in your cart.", await update.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await ShopperCart.StoredAsync(app, shop));
    }

    [Fact]
    public async Task A_full_cart_refuses_another_item_but_still_takes_more_of_one_it_holds()
    {
        var shop = await app.CreateShopAsync();
        var held = await app.SaveProductAsync(shop, Catalog.Simple("Held", "10.00"));
        var extra = await app.SaveProductAsync(shop, Catalog.Simple("Extra", "10.00"));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, held.Variants[0].Id);
        await app.InShopAsync(shop.Tenant, async db =>
        {
            var cart = await db.Set<Commerce.Models.Cart>().SingleAsync();
            db.AddRange(Enumerable.Range(1, 99).Select(i => new Commerce.Models.CartLine { CartId = cart.Id, VariantId = Guid.NewGuid(), Quantity = 1, Title = $"Old {i}" }));
            return await db.SaveChangesAsync();
        });

        var refused = await ShopperCart.AddAsync(client, extra.Variants[0].Id);
        var more = await ShopperCart.AddAsync(client, held.Variants[0].Id);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Your cart holds 100 different items, the most it can. Remove one to add Extra.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, more.StatusCode);
        Assert.Equal(2, await ShopperCart.CountAsync(client));
    }
}
