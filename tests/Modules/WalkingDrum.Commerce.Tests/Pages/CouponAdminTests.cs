using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages;

[Collection(CartCollection.Name)]
public sealed class CouponAdminTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_owner_creates_edits_and_deactivates_a_coupon()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        Assert.Contains("Reward your shoppers", await owner.GetStringAsync("admin/coupons"), StringComparison.Ordinal);

        var created = await Forms.PostAsync(owner, "admin/coupons/new", Fields("Brew5", "fixed", "5.00", minimum: "30.00", limit: "100", expires: "2027-01-01"));
        var list = WebUtility.HtmlDecode(await owner.GetStringAsync("admin/coupons"));
        var coupon = await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().AsNoTracking().SingleAsync());
        var edited = await Forms.PostAsync(owner, $"admin/coupons/{coupon.Id}", Fields("BREW6", "percent", "20", duration: "repeating", cycles: "3"));
        var deactivated = await Forms.PostAsync(owner, $"admin/coupons/{coupon.Id}", [], $"admin/coupons/{coupon.Id}?handler=Deactivate");
        var saved = await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().AsNoTracking().SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Coupon Brew5 was added.", list, StringComparison.Ordinal);
        Assert.Contains("€5.00 off", list, StringComparison.Ordinal);
        Assert.Contains("0 of 100", list, StringComparison.Ordinal);
        Assert.Contains("1 Jan 2027", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Equal(("BREW6", CouponKind.Percent, 20, CouponDuration.Repeating, 3, false),
            (saved.Code, saved.Kind, saved.PercentOff!.Value, saved.Duration, saved.DurationCycles!.Value, saved.Active));
        Assert.Contains("Inactive", await owner.GetStringAsync("admin/coupons"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "percent", "10", "Input.Code", "Enter a code, e.g. SUMMER10.")]
    [InlineData("TAKEN", "percent", "10", "Input.Code", "This shop already has that code")]
    [InlineData("taken", "percent", "10", "Input.Code", "This shop already has that code")]
    [InlineData("NEW", "percent", "150", "Input.Value", "Enter a whole percentage from 1 to 100.")]
    [InlineData("NEW", "fixed", "12,50", "Input.Value", "Use a point for decimals")]
    [InlineData("NEW", "fixed", "99999999999", "Input.Value", "Enter at most 1,000,000,000.")]
    [InlineData("NEW", "sideways", "10", "Input.Kind", "Choose a percentage or a fixed amount.")]
    [InlineData("<script>x</script>", "percent", "10", "Input.Code", "letters, digits, dashes or underscores")]
    public async Task Bad_input_shows_inline_errors_and_saves_nothing(string code, string kind, string value, string field, string message)
    {
        var shop = await app.CreateShopAsync();
        await ShopperCart.SaveCouponAsync(app, shop, ShopperCart.Percent("Taken", 5));
        var owner = await shop.OwnerClientAsync();

        var response = await Forms.PostAsync(owner, "admin/coupons/new", Fields(code, kind, value));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{field.Replace('.', '_')}-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.InShopAsync(shop.Tenant, db => db.Set<Coupon>().CountAsync()));
    }

    [Fact]
    public async Task Customers_and_anonymous_visitors_cannot_open_the_coupon_admin_and_other_shops_coupons_are_not_found()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var theirs = await ShopperCart.SaveCouponAsync(app, other, ShopperCart.Percent("THEIRS", 5));
        var customer = await shop.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword);
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);

        Assert.NotEqual(HttpStatusCode.OK, (await customer.GetAsync("admin/coupons")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await shop.Client().GetAsync("admin/coupons/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("admin/coupons")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"admin/coupons/{theirs.Id}")).StatusCode);
    }

    private static List<KeyValuePair<string, string>> Fields(
        string code, string kind, string value, string duration = "once", string cycles = "", string minimum = "", string limit = "", string expires = "") =>
    [
        new("Input.Code", code), new("Input.Kind", kind), new("Input.Value", value), new("Input.Duration", duration), new("Input.Cycles", cycles),
        new("Input.ExpiresOn", expires), new("Input.RedemptionLimit", limit), new("Input.MinimumSubtotal", minimum),
        new("Input.Active", "true"), new("Input.Active", "false"),
    ];
}
