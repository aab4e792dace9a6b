using System.Net;
using System.Xml.Linq;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Endpoints;

[Collection(AppCollection.Name)]
public sealed class CrawlerEndpointsTests(WalkingDrumApp app)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_the_shops_published_pages_with_absolute_addresses_and_dates()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        await shop.CreatePageAsync("About", "about", [ShopContent.Text("<p>a</p>")]);
        await shop.CreatePageAsync("Draft", "draft-only", [ShopContent.Text("<p>d</p>")], publish: false);
        var home = await shop.CreatePageAsync("Home", "home", [ShopContent.Text("<p>h</p>")]);
        await shop.SetHomeAsync(home.Id);
        await other.CreatePageAsync("Elsewhere", "elsewhere", [ShopContent.Text("<p>e</p>")]);

        var response = await app.ClientForShopHost(shop.Name).GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = xml.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([$"http://{shop.Name}.localhost/", $"http://{shop.Name}.localhost/pages/about"], urls.Keys);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", urls[$"http://{shop.Name}.localhost/pages/about"]);
        Assert.NotNull(urls[$"http://{shop.Name}.localhost/"]);
        var byPath = await shop.Client().GetStringAsync("sitemap.xml");
        Assert.Contains($"<loc>http://localhost/s/{shop.Name}/pages/about</loc>", byPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_allows_the_storefront_keeps_out_of_admin_and_account_and_names_the_sitemap()
    {
        var shop = await app.CreateShopAsync();

        var text = await shop.Client().GetStringAsync("robots.txt");

        Assert.Contains("User-agent: *", text, StringComparison.Ordinal);
        Assert.Contains($"Disallow: /s/{shop.Name}/admin", text, StringComparison.Ordinal);
        Assert.Contains($"Disallow: /s/{shop.Name}/account", text, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: http://localhost/s/{shop.Name}/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin\n", await app.ClientForShopHost(shop.Name).GetStringAsync("/robots.txt"), StringComparison.Ordinal);
    }
}
