using System.Net;
using WalkingDrum.Content.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Endpoints;

[Collection(AppCollection.Name)]
public sealed class StorefrontFallbackTests(WalkingDrumApp app)
{
    [Fact]
    public async Task An_unknown_shop_address_gets_the_themed_404_with_links_home_and_to_search()
    {
        var shop = await app.CreateShopAsync();

        var response = await shop.Client().GetAsync("no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>We couldn’t find that page</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/s/{shop.Name}/search\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Page not found · Store", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync("pages/never-was")).StatusCode);
    }

    [Fact]
    public async Task A_moved_address_redirects_permanently_keeping_the_query()
    {
        var shop = await app.CreateShopAsync();
        await app.InShopAsync(shop.Tenant, async db =>
        {
            db.Add(new StorefrontRedirect { FromPath = "/old-shop/beans", ToPath = "/pages/beans", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        var byPath = await shop.Client().GetAsync("old-shop/beans/?utm=x");
        var byHost = await app.ClientForShopHost(shop.Name).GetAsync("/Old-Shop/Beans");

        Assert.Equal(HttpStatusCode.MovedPermanently, byPath.StatusCode);
        Assert.Equal($"/s/{shop.Name}/pages/beans?utm=x", byPath.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, byHost.StatusCode);
        Assert.Equal("/pages/beans", byHost.Headers.Location!.OriginalString);
        var other = await app.CreateShopAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client().GetAsync("old-shop/beans")).StatusCode);
    }

    [Fact]
    public async Task The_fallback_never_shadows_real_endpoints_static_files_other_methods_or_the_platform()
    {
        var shop = await app.CreateShopAsync();
        var client = shop.Client();

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("admin/pages")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("_content/WalkingDrum.Theme/css/storefront.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("_content/WalkingDrum.Content/lib/trix/trix.umd.min.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/live")).StatusCode);

        foreach (var path in new[] { "admin/no-such-screen", "lib/nothing", "_content/WalkingDrum.Theme/missing.css" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("We couldn’t find that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, ""))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "no/such/page"))).StatusCode);
        var post = await client.PostAsync("no/such/page", new StringContent(""));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("We couldn’t find that page", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var platform = await app.ClientForPlatform().GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, platform.StatusCode);
        Assert.DoesNotContain("We couldn’t find that page", await platform.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
