using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class PageLifecycleTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Every_save_is_a_version_and_an_old_one_can_be_restored_into_the_draft()
    {
        var shop = await app.CreateShopAsync();
        var page = await shop.CreatePageAsync("First title", "story", [ShopContent.Text("<p>One</p>")]);
        await shop.SavePageAsync(page.Id, "Second title", "story", [ShopContent.Text("<p>Two</p>")], publish: false);
        var owner = await shop.OwnerClientAsync();

        var editor = await owner.GetStringAsync($"admin/pages/{page.Id}");
        Assert.Contains("Unpublished changes", editor, StringComparison.Ordinal);
        Assert.Contains(ShopContent.Author, editor, StringComparison.Ordinal);
        var restore = await Forms.PostAsync(owner, $"admin/pages/{page.Id}", [new("version", "1")], $"admin/pages/{page.Id}?handler=Restore");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);

        var (draft, versions) = await app.InShopAsync(shop.Tenant, async db =>
            (await db.Set<Page>().SingleAsync(), await db.Set<PageVersion>().OrderBy(v => v.Number).ToListAsync()));
        Assert.Equal("First title", draft.Title);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal($"owner@{shop.Name}.example.com", versions[2].Author);
        Assert.Equal(1, draft.PublishedVersion);
        Assert.Contains("<p>One</p>", await shop.Client().GetStringAsync("pages/story"), StringComparison.Ordinal);

        var missing = await Forms.PostAsync(owner, $"admin/pages/{page.Id}", [new("version", "99")], $"admin/pages/{page.Id}?handler=Restore");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Changing_a_published_slug_redirects_the_old_address_permanently()
    {
        var shop = await app.CreateShopAsync();
        var page = await shop.CreatePageAsync("About", "about-us", [ShopContent.Text("<p>Hi</p>")]);

        await shop.SavePageAsync(page.Id, "About", "about", [ShopContent.Text("<p>Hi</p>")], publish: false);
        Assert.Equal(HttpStatusCode.OK, (await shop.Client().GetAsync("pages/about-us")).StatusCode);
        await shop.SavePageAsync(page.Id, "About", "about", [ShopContent.Text("<p>Hi</p>")], publish: true);

        var old = await shop.Client().GetAsync("pages/about-us?ref=mail");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/s/{shop.Name}/pages/about?ref=mail", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await shop.Client().GetAsync("pages/about")).StatusCode);
    }

    [Fact]
    public async Task A_slug_another_page_uses_or_shows_is_refused()
    {
        var shop = await app.CreateShopAsync();
        var live = await shop.CreatePageAsync("Live", "live", [ShopContent.Text("<p>a</p>")]);
        await shop.SavePageAsync(live.Id, "Live", "renamed-draft", [ShopContent.Text("<p>a</p>")], publish: false);
        var other = await shop.CreatePageAsync("Other", "other", [ShopContent.Text("<p>b</p>")]);
        var owner = await shop.OwnerClientAsync();

        foreach (var slug in new[] { "live", "renamed-draft" })
        {
            var response = await EditorForm.PostAsync(owner, other.Id, "publish", EditorForm.CallToAction("Other", slug, "/"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Another page already uses this address.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var bad = await EditorForm.PostAsync(owner, other.Id, "save", EditorForm.CallToAction("Other", "Not A Slug!", "/"));
        Assert.Contains("like not-a-slug.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_is_served_at_the_root_once_published_and_only_one_page_is_home()
    {
        var shop = await app.CreateShopAsync();
        var first = await shop.CreatePageAsync("Welcome", "welcome", [new HeroBlock { Heading = "Fresh coffee", Text = "Roasted weekly." }]);
        var second = await shop.CreatePageAsync("Hello", "hello", [ShopContent.Text("<p>Hello there</p>")], publish: false);
        var owner = await shop.OwnerClientAsync();
        Assert.Contains($"<h1>Store {shop.Name}</h1>", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);

        await Forms.PostAsync(owner, $"admin/pages/{first.Id}", [new("home", "true")], $"admin/pages/{first.Id}?handler=Home");
        var home = await shop.Client().GetStringAsync("");
        Assert.Contains("<h1>Fresh coffee</h1>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("page-title", home, StringComparison.Ordinal);
        var moved = await shop.Client().GetAsync("pages/welcome");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/s/{shop.Name}/", moved.Headers.Location!.OriginalString);

        // A draft home page is not shown: the shop falls back to its name and products.
        await shop.SetHomeAsync(second.Id);
        Assert.Equal([second.Id], await app.InShopAsync(shop.Tenant, db => db.Set<Page>().Where(p => p.IsHomePage).Select(p => p.Id).ToListAsync()));
        Assert.Contains($"<h1>Store {shop.Name}</h1>", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
        Assert.Contains("Home page", await owner.GetStringAsync("admin/pages"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublish_and_delete_take_the_page_off_the_storefront()
    {
        var shop = await app.CreateShopAsync();
        var page = await shop.CreatePageAsync("Gone", "gone", [ShopContent.Text("<p>Soon gone</p>")]);
        var owner = await shop.OwnerClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await shop.Client().GetAsync("pages/gone")).StatusCode);

        await Forms.PostAsync(owner, $"admin/pages/{page.Id}", [], $"admin/pages/{page.Id}?handler=Unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync("pages/gone")).StatusCode);

        var deleted = await Forms.PostAsync(owner, $"admin/pages/{page.Id}", [], $"admin/pages/{page.Id}?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var counts = await app.InShopAsync(shop.Tenant, async db => (await db.Set<Page>().CountAsync(), await db.Set<PageVersion>().CountAsync()));
        Assert.Equal((0, 0), counts);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"admin/pages/{page.Id}")).StatusCode);
    }
}
