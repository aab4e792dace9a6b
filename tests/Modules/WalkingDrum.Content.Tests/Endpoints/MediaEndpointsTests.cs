using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Tests.Media;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Endpoints;

/// <summary><c>GET /media/{mediaId}/{file}</c>: what is served, with which headers, to whom.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaEndpointsTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Variants_are_served_anonymously_with_immutable_caching_an_etag_and_nosniff()
    {
        var shop = await app.CreateShopAsync();
        var asset = await UploadAsync(shop, "beans.jpg", TestImages.Jpeg(700, 350));
        var anonymous = shop.Client();

        var response = await anonymous.GetAsync($"media/{asset.Id:N}/w640.webp");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        var etag = response.Headers.ETag!;

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"media/{asset.Id:N}/w640.webp");
        revalidate.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(revalidate)).StatusCode);

        // The same file answers on the shop's own host name too.
        Assert.Equal(HttpStatusCode.OK, (await app.ClientForShopHost(shop.Name).GetAsync($"media/{asset.Id:N}/w320.webp")).StatusCode);
    }

    [Fact]
    public async Task Only_listed_files_of_the_shops_own_images_are_served()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var asset = await UploadAsync(shop, "beans.jpg", TestImages.Jpeg(700, 350));
        var anonymous = shop.Client();

        foreach (var path in new[]
        {
            $"media/{asset.Id:N}/w960.webp", // wider than the original: never made
            $"media/{asset.Id:N}/w0640.webp",
            $"media/{asset.Id:N}/original.jpg", // raster originals keep their metadata and stay private
            $"media/{asset.Id:N}/w640.webp.tmp",
            $"media/{asset.Id}/w640.webp",
            $"media/{Guid.NewGuid():N}/w640.webp",
            "media/not-an-id/w640.webp",
        })
        {
            Assert.True((await anonymous.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, path);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client().GetAsync($"media/{asset.Id:N}/w640.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientForShopHost(other.Name).GetAsync($"media/{asset.Id:N}/w320.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientForPlatform().GetAsync($"media/{asset.Id:N}/w320.webp")).StatusCode);
    }

    [Fact]
    public async Task Svg_originals_are_served_with_a_policy_that_forbids_script()
    {
        var shop = await app.CreateShopAsync();
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"""u8.ToArray();
        var asset = await UploadAsync(shop, "mark.svg", svg);

        var response = await shop.Client().GetAsync($"media/{asset.Id:N}/original.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(svg, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync($"media/{asset.Id:N}/w320.webp")).StatusCode);
    }

    private async Task<MediaAsset> UploadAsync(TestShop shop, string name, byte[] content)
    {
        var owner = await shop.OwnerClientAsync();
        var response = await MediaClient.UploadAsync(owner, "An image", (name, content));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().OrderByDescending(m => m.Id).FirstAsync());
    }
}
