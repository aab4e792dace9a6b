using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class MenuEditorTests(WalkingDrumApp app)
{
    private static KeyValuePair<string, string>[] Menus(string headerUrl) =>
    [
        new("Header[0].Label", "About"), new("Header[0].Url", "/pages/about"),
        new("Header[1].Label", "Blog"), new("Header[1].Url", headerUrl),
        new("Header[2].Label", ""), new("Header[2].Url", ""),
        new("Footer[0].Label", "Email us"), new("Footer[0].Url", "mailto:hi@example.com"),
        new("command", "save"),
    ];

    [Fact]
    public async Task Saved_menus_appear_on_every_storefront_page_with_the_current_page_marked()
    {
        var shop = await app.CreateShopAsync();
        await shop.CreatePageAsync("About", "about", [ShopContent.Text("<p>About</p>")]);
        var owner = await shop.OwnerClientAsync();
        Assert.Contains("No links yet", await owner.GetStringAsync("admin/menus"), StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Main\"", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);

        var saved = await Forms.PostAsync(owner, "admin/menus", Menus("https://blog.example.com"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var path in new[] { "", "pages/about", "no-such-page" })
        {
            var html = await (await shop.Client().GetAsync(path)).Content.ReadAsStringAsync();
            Assert.Contains($"<a href=\"/s/{shop.Name}/pages/about\"{(path == "pages/about" ? " aria-current=\"page\"" : "")}>About</a>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://blog.example.com\">Blog</a>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"mailto:hi@example.com\">Email us</a>", html, StringComparison.Ordinal);
        }

        var stored = await app.InShopAsync(shop.Tenant, db => db.Set<Menu>().OrderBy(m => m.Handle).Select(m => m.ItemsJson).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.DoesNotContain("\"label\":\"\"", stored[1], StringComparison.Ordinal);
        var other = await app.CreateShopAsync();
        Assert.DoesNotContain("Email us", await other.Client().GetStringAsync(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_link_is_refused_inline_and_neither_menu_is_saved()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var response = await Forms.PostAsync(owner, "admin/menus", Menus("javascript:alert(1)"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"header-1-url-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"header-1-url-error\" class=\"field-error\">Use a path on your shop", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<Menu>().CountAsync()));
    }

    [Fact]
    public async Task Rows_are_added_moved_and_removed_without_saving()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        KeyValuePair<string, string>[] rows = [new("Header[0].Label", "A"), new("Header[0].Url", "/a"), new("Header[1].Label", "B"), new("Header[1].Url", "/b")];

        var added = await (await Forms.PostAsync(owner, "admin/menus", [.. rows, new("command", "add:footer")])).Content.ReadAsStringAsync();
        var moved = await (await Forms.PostAsync(owner, "admin/menus", [.. rows, new("command", "up:header:1")])).Content.ReadAsStringAsync();

        Assert.Contains("name=\"Footer[0].Label\"", added, StringComparison.Ordinal);
        Assert.Contains("name=\"Header[0].Label\" type=\"text\" value=\"B\"", moved, StringComparison.Ordinal);
        Assert.Contains("not saved yet", moved, StringComparison.Ordinal);
        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<Menu>().CountAsync()));
    }
}
