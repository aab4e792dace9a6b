using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Tests.Media;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Services.Media;

/// <summary>Uploads through the admin's library form: types judged by content, limits, variants.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaUploadTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Each_accepted_raster_type_is_stored_with_webp_variants_no_wider_than_the_original()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var response = await MediaClient.UploadAsync(owner, "Roasted beans in a bag",
            ("beans.jpg", TestImages.Jpeg(1000, 500)),
            ("logo.png", TestImages.Png(100, 40)),
            ("spinner.gif", TestImages.Gif(330, 200)),
            ("mug.webp", TestImages.WebP(640, 640)),
            ("cup.avif", TestImages.Avif(64, 48)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var assets = await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().OrderBy(m => m.FileName).ToListAsync());
        Assert.Equal(
            ["beans.jpg image/jpeg 1000x500 320,640,960", "cup.avif image/avif 64x48 64", "logo.png image/png 100x40 100",
             "mug.webp image/webp 640x640 320,640", "spinner.gif image/gif 330x200 320"],
            assets.Select(a => $"{a.FileName} {a.ContentType} {a.Width}x{a.Height} {a.VariantWidths}"));
        Assert.All(assets, a => Assert.Equal("Roasted beans in a bag", a.Alt));

        var beans = assets[0];
        foreach (var width in beans.Widths)
        {
            var variant = await shop.Client().GetAsync($"media/{beans.Id:N}/w{width}.webp");
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
            Assert.Equal("image/webp", variant.Content.Headers.ContentType!.MediaType);
            var (actualWidth, _, _) = TestImages.Inspect(await variant.Content.ReadAsByteArrayAsync());
            Assert.Equal(width, actualWidth);
        }
    }

    [Fact]
    public async Task Exif_orientation_is_applied_and_metadata_stripped()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await MediaClient.UploadAsync(owner, "A tall bag", ("sideways.jpg", TestImages.Jpeg(400, 200, orientation: 6)))).StatusCode);

        var asset = await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().SingleAsync());
        Assert.Equal((200, 400), (asset.Width, asset.Height));
        var variant = await shop.Client().GetByteArrayAsync($"media/{asset.Id:N}/w200.webp");
        var (width, height, fields) = TestImages.Inspect(variant);
        Assert.Equal((200, 400), (width, height));
        Assert.DoesNotContain("orientation", fields);
        Assert.DoesNotContain(fields, f => f.StartsWith("exif", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_content_decides_the_type_not_the_file_name()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await MediaClient.UploadAsync(owner, "Logo", ("logo.gif", TestImages.Png(20, 20)))).StatusCode);
        Assert.Equal("image/png", await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().Select(m => m.ContentType).SingleAsync()));

        (string Name, byte[] Content)[] liars =
        [
            ("photo.jpg", "just some text, not a photo"u8.ToArray()),
            ("setup.png", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
            ("page.svg", "<html><body><script>alert(1)</script></body></html>"u8.ToArray()),
            ("cut.jpg", TestImages.Jpeg(300, 300)[..200]),
            ("photo.heic", [0, 0, 0, 24, .."ftypheic"u8, 0, 0, 0, 0, .."mif1heic"u8]),
        ];
        foreach (var liar in liars)
        {
            var response = await MediaClient.UploadAsync(owner, "Something", liar);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
            Assert.True(html.Contains("is not an image", StringComparison.Ordinal) || html.Contains("could not be read", StringComparison.Ordinal), liar.Name + ": " + html);
        }

        Assert.Equal(1, await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().CountAsync()));
    }

    [Fact]
    public async Task Oversize_files_huge_canvases_and_missing_alt_text_are_refused_without_writing_anything()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var oversize = new byte[10 * 1024 * 1024 + 1];
        TestImages.Jpeg(10, 10).CopyTo(oversize, 0);

        var tooBig = await MediaClient.UploadAsync(owner, "Big", ("big.jpg", oversize));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("larger than the 10 MB limit", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bomb = await MediaClient.UploadAsync(owner, "Bomb", ("bomb.png", TestImages.HugePng(8000)));
        Assert.Equal(HttpStatusCode.BadRequest, bomb.StatusCode);
        Assert.Contains("megapixels allowed", await bomb.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var alt in new[] { null, "   ", new string('a', 251) })
        {
            var response = await MediaClient.UploadAsync(owner, alt, ("ok.png", TestImages.Png(10, 10)));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("id=\"upload-alt-error\"", html, StringComparison.Ordinal);
            Assert.Contains("aria-describedby=\"upload-alt-hint upload-alt-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        }

        var none = await MediaClient.UploadAsync(owner, "Nothing chosen");
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Choose at least one image file.", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // One bad file among good ones: none of them is added.
        var mixed = await MediaClient.UploadAsync(owner, "Mixed", ("good.png", TestImages.Png(10, 10)), ("bad.jpg", "nope"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Contains("bad.jpg: ", await mixed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().CountAsync()));
        Assert.Empty(await MediaFiles.SettledAsync(app, shop));
    }

    [Fact]
    public async Task A_clean_svg_is_kept_as_is_and_a_hostile_one_is_refused_with_the_reason()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var clean = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"><rect width="120" height="60" fill="#7a3e1d"/></svg>"""u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await MediaClient.UploadAsync(owner, "Brand mark", ("mark.svg", clean))).StatusCode);
        var asset = await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().SingleAsync());
        Assert.Equal(("image/svg+xml", 120, 60, ""), (asset.ContentType, asset.Width, asset.Height, asset.VariantWidths));

        var hostile = """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><circle r="4"/></svg>"""u8.ToArray();
        var refused = await MediaClient.UploadAsync(owner, "Evil", ("evil.svg", hostile));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("event handler attribute (onload)", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().CountAsync()));
    }
}
