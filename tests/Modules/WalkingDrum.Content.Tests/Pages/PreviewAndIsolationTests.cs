using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class PreviewAndIsolationTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Preview_shows_the_draft_to_the_shop_staff_only_and_is_never_indexed_or_cached()
    {
        var shop = await app.CreateShopAsync();
        var page = await shop.CreatePageAsync("Offer", "offer", [ShopContent.Text("<p>Live text</p>")]);
        await shop.SavePageAsync(page.Id, "Offer", "offer", [ShopContent.Text("<p>Secret draft text</p>")], publish: false);
        var path = $"admin/pages/{page.Id}/preview";

        var anonymous = await shop.Client().GetAsync(path);
        var customer = await (await shop.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword)).GetAsync(path);
        var staff = await (await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword)).GetAsync(path);
        var owner = await (await shop.OwnerClientAsync()).GetAsync(path);
        var oldVersion = await (await shop.OwnerClientAsync()).GetStringAsync(path + "?version=1");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, customer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        var html = await owner.Content.ReadAsStringAsync();
        Assert.Contains("Secret draft text", html, StringComparison.Ordinal);
        Assert.Contains("class=\"preview-banner\"", html, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", string.Join(",", owner.Headers.GetValues("X-Robots-Tag")));
        Assert.True(owner.Headers.CacheControl?.NoStore);
        Assert.Contains("Live text", oldVersion, StringComparison.Ordinal);
        var live = await shop.Client().GetStringAsync("pages/offer");
        Assert.DoesNotContain("Secret draft text", live, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-banner", live, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_shop_cannot_read_or_change_another_shops_pages()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var bPage = await b.CreatePageAsync("B only", "b-only", [ShopContent.Text("<p>B's text</p>")]);
        var aOwner = await a.OwnerClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await aOwner.GetAsync($"admin/pages/{bPage.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aOwner.GetAsync($"admin/pages/{bPage.Id}/preview")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client().GetAsync("pages/b-only")).StatusCode);
        var token = await Forms.TokenAsync(aOwner, "admin/pages/new");
        foreach (var handler in new[] { "", "?handler=Delete", "?handler=Unpublish", "?handler=Home", "?handler=Restore" })
        {
            var response = await aOwner.PostAsync($"admin/pages/{bPage.Id}{handler}", new FormUrlEncodedContent(
                [new(Forms.TokenField, token), new("command", "publish"), new("Title", "Hijacked"), new("Slug", "b-only"), new("home", "true"), new("version", "1")]));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.DoesNotContain("B only", await aOwner.GetStringAsync("admin/pages"), StringComparison.Ordinal);
        var stored = await app.InShopAsync(b.Tenant, db => db.Set<Page>().SingleAsync());
        Assert.Equal(("B only", false, 1), (stored.Title, stored.IsHomePage, stored.LatestVersion));
        Assert.Contains("B&#x27;s text", await b.Client().GetStringAsync("pages/b-only"), StringComparison.Ordinal);
    }
}
