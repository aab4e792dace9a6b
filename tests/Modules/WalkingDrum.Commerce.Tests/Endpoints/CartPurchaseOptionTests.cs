using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>
/// Cart lines bought with a purchase option (a plan another module offers): their own line next to
/// the same variant bought once, priced by the option's quote, refused or dropped with a message
/// when the option is not offered.
/// </summary>
[Collection(PurchaseOptionCollection.Name)]
public sealed class CartPurchaseOptionTests(PurchaseOptionApp app)
{
    private static readonly TestPlan Fortnightly = new("every-2-weeks", "Every 2 weeks · 10% off", 1800, 1800, "Then €18.00 every 2 weeks.");

    [Fact]
    public async Task The_same_variant_once_and_subscribed_makes_two_lines_and_the_page_shows_the_terms()
    {
        var (shop, client, product) = await ShopAsync();

        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);
        using var subscribed = await AddAsync(client, product.Variants[0].Id, Fortnightly.Key, "2");
        using var again = await AddAsync(client, product.Variants[0].Id, Fortnightly.Key);
        var quotesBefore = app.Plans.QuoteCallsOf(shop);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("cart"));

        Assert.Equal(HttpStatusCode.Redirect, subscribed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal([(null, 1), (Fortnightly.Key, 3)], await LinesAsync(shop));
        Assert.Equal(quotesBefore + 1, app.Plans.QuoteCallsOf(shop));
        Assert.Contains("Every 2 weeks · 10% off", page, StringComparison.Ordinal);
        Assert.Contains("Then €18.00 every 2 weeks.", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"purchase_option\" value=\"{Fortnightly.Key}\"", page, StringComparison.Ordinal);
        // 20.00 once, plus what three units of the plan cost now.
        Assert.Contains("€74.00", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_subscribed_line_is_changed_and_removed_on_its_own()
    {
        var (shop, client, product) = await ShopAsync();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);
        using var _ = await AddAsync(client, product.Variants[0].Id, Fortnightly.Key);
        var variant = product.Variants[0].Id.ToString();

        using var updated = await ShopperCart.PostAsync(client, "cart/update", ("variant", variant), ("quantity", "4"), ("purchase_option", Fortnightly.Key));
        Assert.Equal([(null, 1), (Fortnightly.Key, 4)], await LinesAsync(shop));
        using var removed = await ShopperCart.PostAsync(client, "cart/remove", ("variant", variant), ("purchase_option", Fortnightly.Key));

        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal([(null, 1)], await LinesAsync(shop));
    }

    [Fact]
    public async Task A_subscription_only_product_cannot_be_added_once()
    {
        var (shop, client, product) = await ShopAsync(subscriptionOnly: true);

        using var once = await ShopperCart.AddAsync(client, product.Variants[0].Id);
        using var blank = await AddAsync(client, product.Variants[0].Id, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, once.StatusCode);
        Assert.Contains("sold by subscription only", WebUtility.HtmlDecode(await once.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Empty(await LinesAsync(shop));
        using var subscribed = await AddAsync(client, product.Variants[0].Id, Fortnightly.Key);
        Assert.Equal(HttpStatusCode.Redirect, subscribed.StatusCode);
    }

    [Theory]
    [InlineData("every-3-weeks")]
    [InlineData("every-2-weeks-but-a-key-much-longer-than-any-plan-could-ever-have-been-given")]
    [InlineData("<script>alert(1)</script>")]
    public async Task An_option_the_shop_does_not_offer_is_refused_and_nothing_is_written(string option)
    {
        var (shop, client, product) = await ShopAsync();

        using var refused = await AddAsync(client, product.Variants[0].Id, option);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("That plan isn’t offered for Kenya AA", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Empty(await LinesAsync(shop));
    }

    [Fact]
    public async Task Another_shops_plan_is_not_offered_here_and_its_variant_is_unknown()
    {
        var (shop, client, product) = await ShopAsync();
        var (other, _, otherProduct) = await ShopAsync();
        app.Plans.Offer(other, otherProduct.Id, Fortnightly with { Key = "other-shops-plan" });

        using var foreignPlan = await AddAsync(client, product.Variants[0].Id, "other-shops-plan");
        using var foreignVariant = await AddAsync(client, otherProduct.Variants[0].Id, "other-shops-plan");

        Assert.Equal(HttpStatusCode.BadRequest, foreignPlan.StatusCode);
        Assert.Contains("isn’t offered", WebUtility.HtmlDecode(await foreignPlan.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, foreignVariant.StatusCode);
        Assert.Contains("isn’t available in this shop", WebUtility.HtmlDecode(await foreignVariant.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await LinesAsync(shop));
        Assert.Empty(await LinesAsync(other));
    }

    [Fact]
    public async Task A_plan_withdrawn_later_drops_its_line_with_a_message()
    {
        var (shop, client, product) = await ShopAsync();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);
        using var _ = await AddAsync(client, product.Variants[0].Id, Fortnightly.Key);

        app.Plans.Withdraw(shop, product.Id, Fortnightly.Key);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("cart"));

        Assert.Contains("Kenya AA: the plan you chose is no longer offered, so it was removed from your cart.", page, StringComparison.Ordinal);
        Assert.Equal([(null, 1)], await LinesAsync(shop));
        Assert.Equal(1, await ShopperCart.CountAsync(client));
    }

    [Fact]
    public async Task A_plan_posted_without_a_token_is_confirmed_with_the_plan_kept()
    {
        var (shop, client, product) = await ShopAsync();

        using var unconfirmed = await client.PostAsync("cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["variant"] = product.Variants[0].Id.ToString(), ["quantity"] = "1", ["purchase_option"] = Fortnightly.Key,
        }));

        var html = WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync());
        Assert.Contains("add 1 × Kenya AA (Every 2 weeks · 10% off) to your cart?", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"purchase_option\" value=\"{Fortnightly.Key}\"", html, StringComparison.Ordinal);
        Assert.Empty(await LinesAsync(shop));
    }

    public static Task<HttpResponseMessage> AddAsync(HttpClient client, Guid variantId, string option, string quantity = "1") =>
        ShopperCart.PostAsync(client, "cart/add", ("variant", variantId.ToString()), ("quantity", quantity), ("purchase_option", option));

    private async Task<(TestShop Shop, HttpClient Client, Product Product)> ShopAsync(bool subscriptionOnly = false)
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Kenya AA", "20.00"));
        app.Plans.Offer(shop, product.Id, Fortnightly, subscriptionOnly);
        return (shop, KestrelShops.Client(app, shop), product);
    }

    private Task<List<(string? Option, int Quantity)>> LinesAsync(TestShop shop) =>
        app.InShopAsync(shop.Tenant, async db => (await db.Set<CartLine>().AsNoTracking().ToListAsync())
            .OrderBy(l => l.AddedAt).Select(l => (l.PurchaseOption, l.Quantity)).ToList());
}
