using System.Net;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Core.Money;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>The cart through the storefront's own forms, over HTTP.</summary>
[Collection(CartCollection.Name)]
public sealed class CartEndpointsTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Add_update_and_remove_through_the_forms_with_totals_from_the_catalog()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Sized("Kenya AA", ("250 g", "9.50", "KEN-250", 10), ("1 kg", "32.00", "KEN-1K", 10)));
        var (small, large) = (product.Variants[0].Id, product.Variants[1].Id);
        var client = shop.Client();

        var added = await ShopperCart.AddAsync(client, small, "2");
        var confirmation = await client.GetStringAsync(added.Headers.Location!.ToString());
        await ShopperCart.AddOkAsync(client, large);
        await ShopperCart.AddOkAsync(client, small);
        var afterAdds = await client.GetStringAsync("cart");
        var updated = await ShopperCart.PostAsync(client, "cart/update", ("variant", small.ToString()), ("quantity", "1"));
        var removed = await ShopperCart.PostAsync(client, "cart/remove", ("variant", large.ToString()));
        var final = await client.GetStringAsync("cart");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/s/{shop.Name}/cart?added={small}", added.Headers.Location!.ToString());
        Assert.Contains("Kenya AA — 250 g is in your cart.", confirmation, StringComparison.Ordinal);
        Assert.Contains("value=\"3\"", afterAdds, StringComparison.Ordinal);
        Assert.Contains("€60.50", afterAdds, StringComparison.Ordinal); // 3 × 9.50 + 32.00
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("Kenya AA — 1 kg", final, StringComparison.Ordinal);
        Assert.Contains("<dt>Total</dt><dd>€9.50</dd>", final, StringComparison.Ordinal);
        Assert.Equal(1, await ShopperCart.CountAsync(client));
    }

    [Fact]
    public async Task The_cookie_cart_persists_across_requests_and_the_cookie_is_httponly_lax_and_scoped_to_the_shop()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("House Blend", "12.00"));
        var client = shop.Client();

        var response = await ShopperCart.AddAsync(client, product.Variants[0].Id, "2");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wd_cart=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"path=/s/{shop.Name}", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(cookie.Split(';')[0].Length >= "wd_cart=".Length + 43, cookie);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(2, await ShopperCart.CountAsync(client));
        }

        Assert.Contains("House Blend", await client.GetStringAsync("cart"), StringComparison.Ordinal);
        Assert.Equal(0, await ShopperCart.CountAsync(shop.Client()));
    }

    [Fact]
    public async Task A_price_change_in_the_catalog_shows_in_the_cart()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Decaf", "10.00"));
        var variant = product.Variants[0].Id;
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, variant, 2);
        Assert.Contains("€20.00", await client.GetStringAsync("cart"), StringComparison.Ordinal);

        await ShopperCart.ChangeVariantAsync(app, shop, variant, v => v.Price = new Amount(1150, "EUR"));

        var html = await client.GetStringAsync("cart");
        Assert.Contains("€11.50 each", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Total</dt><dd>€23.00</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublished_and_deleted_products_are_dropped_with_a_message_once()
    {
        var shop = await app.CreateShopAsync();
        var kept = await app.SaveProductAsync(shop, Catalog.Simple("Kept Roast", "8.00"));
        var hidden = await app.SaveProductAsync(shop, Catalog.Simple("Hidden Roast", "9.00"));
        var deleted = await app.SaveProductAsync(shop, Catalog.Simple("Deleted Roast", "7.00"));
        var client = shop.Client();
        foreach (var product in new[] { kept, hidden, deleted })
        {
            await ShopperCart.AddOkAsync(client, product.Variants[0].Id);
        }

        await TestCatalog.SetStatusAsync(app, shop, hidden.Id, ProductStatus.Draft);
        await TestCatalog.DeleteAsync(app, shop, deleted.Id);

        Assert.Equal(1, await ShopperCart.CountAsync(client));
        var first = await client.GetStringAsync("cart");
        var second = await client.GetStringAsync("cart");
        Assert.Contains("Hidden Roast is no longer available and was removed from your cart.", first, StringComparison.Ordinal);
        Assert.Contains("Deleted Roast is no longer available and was removed from your cart.", first, StringComparison.Ordinal);
        Assert.Contains("<dt>Total</dt><dd>€8.00</dd>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Roast", second, StringComparison.Ordinal);
        var stored = Assert.Single(await ShopperCart.StoredAsync(app, shop));
        Assert.Equal([kept.Variants[0].Id], stored.Lines.Keys);
    }

    [Fact]
    public async Task Stock_limits_adds_and_updates_and_a_fall_in_stock_lowers_the_line()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Sized("Kenya AA", ("250 g", "9.50", "KEN-250", 3), ("1 kg", "30.00", "KEN-1K", 0)));
        var (small, soldOut) = (product.Variants[0].Id, product.Variants[1].Id);
        var client = shop.Client();

        var tooMany = await ShopperCart.AddAsync(client, small, "4");
        var none = await ShopperCart.AddAsync(client, soldOut);
        await ShopperCart.AddOkAsync(client, small, 2);
        var beyond = await ShopperCart.AddAsync(client, small, "2");
        var update = await ShopperCart.PostAsync(client, "cart/update", ("variant", small.ToString()), ("quantity", "5"));
        await ShopperCart.ChangeVariantAsync(app, shop, small, v => v.Stock = 1);
        var lowered = await client.GetStringAsync("cart");

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("Only 3 left of Kenya AA — 250 g.", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Kenya AA — 1 kg is sold out.", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Only 3 left of Kenya AA — 250 g, and your cart already holds 2.", await beyond.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Only 3 left of Kenya AA — 250 g.", await update.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Only 1 left of Kenya AA — 250 g, so your cart now holds 1.", lowered, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(await ShopperCart.StoredAsync(app, shop)).Lines[small]);
    }

    [Fact]
    public async Task A_plain_form_without_a_token_is_confirmed_once_on_the_cart_page()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Espresso Blend", "11.00"));
        var variant = product.Variants[0].Id;
        var client = shop.Client();
        var page = await client.GetStringAsync("products/espresso-blend");
        Assert.Contains($"<form id=\"add-to-cart\" class=\"add-to-cart\" method=\"post\" action=\"/s/{shop.Name}/cart/add\"", page, StringComparison.Ordinal);
        Assert.Null(Forms.TokenIn(page));

        var unconfirmed = await client.PostAsync("cart/add", new FormUrlEncodedContent([new("variant", variant.ToString()), new("quantity", "2")]));
        var html = await unconfirmed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Please confirm: add 2 × Espresso Blend to your cart?", html, StringComparison.Ordinal);
        Assert.Empty(await ShopperCart.StoredAsync(app, shop));

        var confirmed = await client.PostAsync("cart/add", new FormUrlEncodedContent(
            [new("variant", variant.ToString()), new("quantity", "2"), new(Forms.TokenField, Forms.TokenIn(html)!)]));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await ShopperCart.CountAsync(client));
    }

    [Fact]
    public async Task The_empty_cart_is_helpful_and_never_cached_and_the_product_page_links_it()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveProductAsync(shop, Catalog.Simple("Filter Blend", "10.00"));
        var client = shop.Client();

        var response = await client.GetAsync("cart");
        var html = await response.Content.ReadAsStringAsync();
        var product = await client.GetStringAsync("products/filter-blend");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Your cart is empty.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/collections\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"status\" aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"cart-link\" href=\"/s/{shop.Name}/cart\">", product, StringComparison.Ordinal);
        Assert.Contains($"hx-get=\"/s/{shop.Name}/cart/count\"", product, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("lib/htmx/htmx.min.js")).StatusCode);
    }

    [Fact]
    public async Task Hostile_product_titles_render_inert_in_the_cart()
    {
        var shop = await app.CreateShopAsync();
        var client = shop.Client();
        var number = 0;
        foreach (var title in HostileInput.Corpus.Take(10))
        {
            var product = await app.SaveProductAsync(shop, Catalog.Simple(title, slug: "hostile-" + number++));
            await ShopperCart.AddOkAsync(client, product.Variants[0].Id);
        }

        var html = await client.GetStringAsync("cart");

        Assert.Empty(HostileInput.LiveInjections(html));
        Assert.Equal(10, await ShopperCart.CountAsync(client));
    }
}
