using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Tests.Media;
using WalkingDrum.Core.Content;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Pages.Admin;

/// <summary>The library page: grid, alt text, delete with a warning when items show the image.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaLibraryPageTests(WalkingDrumApp app)
{
    [Fact]
    public async Task An_empty_library_says_how_to_start_and_the_grid_shows_thumbnails_with_alt_text()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        Assert.Contains("Your library is empty.", await owner.GetStringAsync(MediaClient.LibraryPath), StringComparison.Ordinal);

        await MediaClient.UploadAsync(owner, "Beans & \"things\"", ("beans.png", TestImages.Png(500, 500)));
        var asset = await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().SingleAsync());
        var html = await owner.GetStringAsync(MediaClient.LibraryPath);
        Assert.Contains($"src=\"/s/{shop.Name}/media/{asset.Id:N}/w320.webp\" alt=\"Beans &amp; &quot;things&quot;\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"alt-" + asset.Id.ToString("N") + "\">Alt text</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alt_text_is_edited_with_inline_errors_for_bad_values()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        await MediaClient.UploadAsync(owner, "Old words", ("beans.png", TestImages.Png(50, 50)));
        var id = await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().Select(m => m.Id).SingleAsync());

        var empty = await Forms.PostAsync(owner, MediaClient.LibraryPath, [new("id", id.ToString()), new("alt", " ")], MediaClient.LibraryPath + "?handler=Alt");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Contains($"aria-describedby=\"alt-{id:N}-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Describe the image in the alt text", html, StringComparison.Ordinal);

        var saved = await Forms.PostAsync(owner, MediaClient.LibraryPath, [new("id", id.ToString()), new("alt", "A bag of beans")], MediaClient.LibraryPath + "?handler=Alt");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("A bag of beans", await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().Select(m => m.Alt).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_an_image_in_use_asks_first_then_removes_it_everywhere_with_its_files()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        await MediaClient.UploadAsync(owner, "Beans", ("beans.png", TestImages.Png(400, 400)));
        var id = await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().Select(m => m.Id).SingleAsync());
        var product = Guid.CreateVersion7();
        await app.InShopAsync(shop.Tenant, async db =>
        {
            db.Add(new ContentImage { ContentType = ContentTypes.Product, ItemId = product, MediaId = id, Position = 0 });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(["" + id.ToString("N") + "/original.png", id.ToString("N") + "/w320.webp"], MediaFiles.Of(app, shop));

        var warned = await Forms.PostAsync(owner, MediaClient.LibraryPath, [new("id", id.ToString())], MediaClient.LibraryPath + "?handler=Delete");
        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        var html = await warned.Content.ReadAsStringAsync();
        Assert.Contains("This image is shown on 1 item.", html, StringComparison.Ordinal);
        Assert.Contains("Delete anyway", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().CountAsync()));

        var deleted = await Forms.PostAsync(owner, MediaClient.LibraryPath, [new("id", id.ToString()), new("confirmed", "true")], MediaClient.LibraryPath + "?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal((0, 0), await app.InShopAsync(shop.Tenant, async db => (await db.Set<MediaAsset>().CountAsync(), await db.Set<ContentImage>().CountAsync())));
        Assert.Empty(MediaFiles.Of(app, shop));
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync($"media/{id:N}/w320.webp")).StatusCode);
    }

    [Fact]
    public async Task A_shop_cannot_edit_or_delete_another_shops_images_and_staff_can_use_the_library()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        await MediaClient.UploadAsync(await b.OwnerClientAsync(), "B's secret", ("b.png", TestImages.Png(30, 30)));
        var bId = await app.InShopAsync(b.Tenant, db => db.Set<MediaAsset>().Select(m => m.Id).SingleAsync());
        var aStaff = await a.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);

        Assert.DoesNotContain("B&#x27;s secret", await aStaff.GetStringAsync(MediaClient.LibraryPath), StringComparison.Ordinal);
        var alt = await Forms.PostAsync(aStaff, MediaClient.LibraryPath, [new("id", bId.ToString()), new("alt", "Taken over")], MediaClient.LibraryPath + "?handler=Alt");
        Assert.Equal(HttpStatusCode.NotFound, alt.StatusCode);
        var delete = await Forms.PostAsync(aStaff, MediaClient.LibraryPath, [new("id", bId.ToString()), new("confirmed", "true")], MediaClient.LibraryPath + "?handler=Delete");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Contains("no longer in your library", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal("B's secret", await app.InShopAsync(b.Tenant, db => db.Set<MediaAsset>().Select(m => m.Alt).SingleAsync()));
        Assert.Equal(2, (await MediaFiles.SettledAsync(app, b, expected: 2)).Length);
        Assert.Equal(HttpStatusCode.Redirect, (await MediaClient.UploadAsync(aStaff, "Staff upload", ("a.png", TestImages.Png(30, 30)))).StatusCode);
    }
}
