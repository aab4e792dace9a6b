using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Core.Text;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class PageEditorTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_new_page_is_a_draft_shoppers_cannot_see_until_it_is_published()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var created = await Forms.PostAsync(owner, "admin/pages/new", [new("Title", "About us"), new("Slug", "")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await app.InShopAsync(shop.Tenant, db => db.Set<Page>().SingleAsync());
        Assert.Equal("about-us", page.Slug);
        Assert.EndsWith($"/admin/pages/{page.Id}", created.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var draft = await EditorForm.PostAsync(owner, page.Id, "save", EditorForm.CallToAction("About us", "about-us", "/pages/contact"));
        await EditorForm.AssertSavedAsync(draft);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync("pages/about-us")).StatusCode);

        var published = await EditorForm.PostAsync(owner, page.Id, "publish", EditorForm.CallToAction("About us", "about-us", "/pages/contact"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var html = await shop.Client().GetStringAsync("pages/about-us");
        Assert.Contains("<h1 class=\"page-title\">About us</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/pages/contact\"", html, StringComparison.Ordinal);

        var list = await owner.GetStringAsync("admin/pages");
        Assert.Contains("About us", list, StringComparison.Ordinal);
        Assert.Contains("Published", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_list_explains_what_pages_are_for_when_there_are_none()
    {
        var shop = await app.CreateShopAsync();
        var html = await (await shop.OwnerClientAsync()).GetStringAsync("admin/pages");
        Assert.Contains("Create your first page", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocks_are_added_moved_and_removed_with_plain_form_posts_before_saving()
    {
        var shop = await app.CreateShopAsync();
        var page = await shop.CreatePageAsync("Story", "story", [ShopContent.Text("<p>First</p>")], publish: false);
        var owner = await shop.OwnerClientAsync();
        (string, string)[] form = [("Title", "Story"), ("Slug", "story"), ("Blocks[0].Type", "richText"), ("Blocks[0].Html", "<p>First</p>")];

        var added = await EditorForm.PostAsync(owner, page.Id, "add:hero", form);
        var addedHtml = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Blocks[1].Heading\"", addedHtml, StringComparison.Ordinal);
        Assert.Contains("not saved yet", addedHtml, StringComparison.Ordinal);

        var moved = await (await EditorForm.PostAsync(owner, page.Id, "up:1", [.. form, ("Blocks[1].Type", "hero"), ("Blocks[1].Heading", "Big news")]))
            .Content.ReadAsStringAsync();
        Assert.Contains("name=\"Blocks[0].Heading\" type=\"text\" value=\"Big news\"", moved, StringComparison.Ordinal);

        var removed = await (await EditorForm.PostAsync(owner, page.Id, "remove:0", [.. form])).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Blocks[0].Html", removed, StringComparison.Ordinal);
        var stored = await app.InShopAsync(shop.Tenant, db => db.Set<Page>().SingleAsync());
        Assert.Equal(1, stored.LatestVersion);
        Assert.Single(PageBlocks.Parse(stored.BlocksJson));
    }

    [Fact]
    public async Task A_javascript_link_is_refused_inline_and_nothing_is_saved()
    {
        var shop = await app.CreateShopAsync();
        var page = await shop.CreatePageAsync("Club", "club", [new CallToActionBlock { Heading = "Join", ButtonLabel = "Go", ButtonUrl = "/join" }]);
        var owner = await shop.OwnerClientAsync();

        var response = await EditorForm.PostAsync(owner, page.Id, "publish", EditorForm.CallToAction("Club!", "club", "javascript:alert(document.cookie)"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"blocks-0-buttonurl\" name=\"Blocks[0].ButtonUrl\" type=\"text\" value=\"javascript:alert(document.cookie)\" maxlength=\"300\" aria-invalid=\"true\" aria-describedby=\"blocks-0-buttonurl-hint blocks-0-buttonurl-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"blocks-0-buttonurl-error\" class=\"field-error\">Use a path on your shop", html, StringComparison.Ordinal);
        var stored = await app.InShopAsync(shop.Tenant, db => db.Set<Page>().SingleAsync());
        Assert.Equal(("Club", 1), (stored.Title, stored.LatestVersion));
        Assert.DoesNotContain("javascript", await shop.Client().GetStringAsync("pages/club"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_seo_part_stops_the_whole_save()
    {
        var shop = await app.CreateShopAsync();
        var page = await shop.CreatePageAsync("Club", "club", [ShopContent.Text("<p>Hi</p>")]);
        var owner = await shop.OwnerClientAsync();

        var response = await EditorForm.PostAsync(owner, page.Id, "save",
            [.. EditorForm.CallToAction("Renamed", "renamed", "/join"), ("seo.title", new string('t', 201)), ("seo.description", "Fine")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"seo-title-error\" class=\"field-error\">Use at most 200 characters", html, StringComparison.Ordinal);
        Assert.Contains(">Fine</textarea>", html, StringComparison.Ordinal);
        var (title, versions, seoRows) = await app.InShopAsync(shop.Tenant, async db =>
            (await db.Set<Page>().Select(p => p.Title).SingleAsync(), await db.Set<PageVersion>().CountAsync(), await db.Set<SeoMetadata>().CountAsync()));
        Assert.Equal(("Club", 1, 0), (title, versions, seoRows));
    }

    [Fact]
    public async Task Hostile_rich_text_is_inert_on_the_storefront_and_in_the_admin()
    {
        var shop = await app.CreateShopAsync();
        var page = await shop.CreatePageAsync("Story", "story", [ShopContent.Text("<p>x</p>")]);
        var owner = await shop.OwnerClientAsync();
        const string hostile = "<p>Hello<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">link</a></p><script>alert(3)</script><iframe src=\"https://evil.example\"></iframe>";

        var saved = await EditorForm.PostAsync(owner, page.Id, "publish",
            ("Title", "<script>alert(4)</script>"), ("Slug", "story"), ("Blocks[0].Type", "richText"), ("Blocks[0].Html", hostile));
        await EditorForm.AssertSavedAsync(saved);

        foreach (var html in new[] { await shop.Client().GetStringAsync("pages/story"), await owner.GetStringAsync($"admin/pages/{page.Id}") })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("onerror=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        }

        var storefront = await shop.Client().GetStringAsync("pages/story");
        Assert.Contains("&lt;script&gt;alert(4)&lt;/script&gt;", storefront, StringComparison.Ordinal);
        Assert.Contains("<div class=\"block block-rich-text\"><p>Hello<img src=\"x\"><a>link</a></p></div>", storefront, StringComparison.Ordinal);
        var stored = await app.InShopAsync(shop.Tenant, db => db.Set<PageVersion>().OrderBy(v => v.Number).LastAsync());
        Assert.Equal(MerchantHtml.Sanitize(hostile), ((RichTextBlock)PageBlocks.Parse(stored.BlocksJson)[0]).Html);
    }
}
