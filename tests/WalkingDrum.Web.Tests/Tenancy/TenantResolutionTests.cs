using System.Net;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Tenancy;

[Collection(AppCollection.Name)]
public sealed class TenantResolutionTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_shop_is_served_at_its_path_and_at_its_host_name()
    {
        var shop = await app.CreateShopAsync();

        var byPath = await shop.Client().GetStringAsync("");
        var byHost = await app.ClientForShopHost(shop.Name).GetStringAsync("/");

        Assert.Contains($"<h1>Store {shop.Name}</h1>", byPath, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/account/login\"", byPath, StringComparison.Ordinal);
        Assert.Contains($"<h1>Store {shop.Name}</h1>", byHost, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/login\"", byHost, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/s/no-such-shop/")]
    [InlineData("/s/no-such-shop/admin")]
    [InlineData("/s/Bad_Name!/")]
    [InlineData("/s/admin/")]
    public async Task An_unknown_shop_gets_a_friendly_404(string path)
    {
        var response = await app.ClientForPlatform().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We couldn’t find that shop", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_host_name_gets_a_friendly_404()
    {
        var response = await app.ClientForShopHost("nobody-here").GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nobody-here", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_root_is_the_signup_page_and_a_shop_root_is_its_storefront()
    {
        var shop = await app.CreateShopAsync();

        var platform = await app.ClientForPlatform().GetStringAsync("/");
        var storefront = await shop.Client().GetStringAsync("");

        Assert.Contains("Open your shop", platform, StringComparison.Ordinal);
        Assert.DoesNotContain("Open your shop", storefront, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("api/signup")]
    public async Task Platform_endpoints_do_not_exist_inside_a_shop(string path)
    {
        var shop = await app.CreateShopAsync();
        var get = await shop.Client().GetAsync(path);
        var post = await shop.Client().PostAsync(path, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        // A GET may meet routing's 405 for a POST-only route; either way nothing is served.
        Assert.Contains(get.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Shop_endpoints_do_not_exist_at_the_platform()
    {
        var response = await app.ClientForPlatform().GetAsync("/admin");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
