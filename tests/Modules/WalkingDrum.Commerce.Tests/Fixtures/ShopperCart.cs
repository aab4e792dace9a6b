using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>Drives the storefront cart the way the theme's forms do, and reads what it stored.</summary>
public static class ShopperCart
{
    /// <summary>Posts a cart form with the anti-forgery token the header's count fragment hands out (as htmx does).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var token = Forms.TokenIn(await client.GetStringAsync("cart/count")) ?? throw new InvalidOperationException("The count fragment carries no token.");
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new(Forms.TokenField, token)));
        return await client.PostAsync(path, content);
    }

    public static Task<HttpResponseMessage> AddAsync(HttpClient client, Guid variantId, string quantity = "1") =>
        PostAsync(client, "cart/add", ("variant", variantId.ToString()), ("quantity", quantity));

    /// <summary>Adds and checks that it worked (a redirect to the cart).</summary>
    public static async Task AddOkAsync(HttpClient client, Guid variantId, int quantity = 1)
    {
        var response = await AddAsync(client, variantId, quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Add failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The number the header would show.</summary>
    public static async Task<int> CountAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("cart/count");
        var match = System.Text.RegularExpressions.Regex.Match(html, "<span class=\"cart-count\">([0-9]+)</span>");
        Assert.True(match.Success, html);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every cart of the shop with its lines (variant → quantity).</summary>
    public static Task<List<(Guid? UserId, Dictionary<Guid, int> Lines)>> StoredAsync(WalkingDrumApp app, TestShop shop) =>
        app.InShopAsync(shop.Tenant, async db =>
        {
            var carts = await db.Set<Cart>().AsNoTracking().Include(c => c.Lines).ToListAsync();
            return carts.Select(c => (c.UserId, c.Lines.ToDictionary(l => l.VariantId, l => l.Quantity))).ToList();
        });

    public static Task<Coupon> SaveCouponAsync(WalkingDrumApp app, TestShop shop, CouponInput input) =>
        app.InShopAsync(shop, async services =>
        {
            var result = await services.GetRequiredService<CouponService>().CreateAsync(input, CancellationToken.None);
            Assert.True(result.Succeeded, result.Errors.ToString());
            return result.Coupon!;
        });

    public static CouponInput Percent(string code, int percent, string? minimum = null, string? limit = null, string? expiresOn = null) =>
        new(code, "percent", percent.ToString(System.Globalization.CultureInfo.InvariantCulture), "once", null, expiresOn, limit, minimum, true);

    public static CouponInput Fixed(string code, string amount, string? minimum = null) =>
        new(code, "fixed", amount, "once", null, null, null, minimum, true);

    /// <summary>Changes a variant's price or stock in place, as the admin would, and tells the storefront caches.</summary>
    public static Task ChangeVariantAsync(WalkingDrumApp app, TestShop shop, Guid variantId, Action<ProductVariant> change) =>
        app.InShopAsync(shop.Tenant, async db =>
        {
            var variant = await db.Set<ProductVariant>().SingleAsync(v => v.Id == variantId);
            change(variant);
            await db.SaveChangesAsync();
            return true;
        });
}
