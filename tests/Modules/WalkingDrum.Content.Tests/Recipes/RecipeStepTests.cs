using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Tenants.Models;
using WalkingDrum.Tenants.Services;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Recipes;

[Collection(AppCollection.Name)]
public sealed class RecipeStepTests(WalkingDrumApp app)
{
    private Task RunAsync(TestShop shop, string stepName, string json) =>
        shop.InScopeAsync(async services =>
        {
            var step = services.GetServices<IRecipeStep>().Single(s => s.Name == stepName);
            await step.ExecuteAsync(JsonDocument.Parse(json).RootElement, new RecipeContext(services, "recipe@example.com"), CancellationToken.None);
            return true;
        });

    [Fact]
    public async Task The_pages_step_creates_published_pages_a_home_page_and_their_seo()
    {
        var shop = await app.CreateShopAsync();

        await RunAsync(shop, "pages", """
            { "name": "pages", "pages": [
              { "title": "Home", "slug": "home", "home": true, "seo": { "title": "Fresh coffee", "description": "Roasted weekly." },
                "blocks": [
                  { "type": "hero", "heading": "Coffee, roasted weekly", "text": "Small batches.", "buttonLabel": "Shop", "buttonUrl": "/collections/coffee" },
                  { "type": "productGrid", "collection": "coffee", "count": 4 },
                  { "heading": "Join", "type": "callToAction", "text": "Save 10%.", "buttonLabel": "Subscribe", "buttonUrl": "/pages/subscribe" } ] },
              { "title": "FAQ", "slug": "faq", "blocks": [ { "type": "faq", "items": [ { "question": "Do you ship?", "answer": "Yes." } ] } ] },
              { "title": "Later", "slug": "later", "published": false, "blocks": [ { "type": "richText", "html": "<p>Soon</p><script>x()</script>" } ] } ] }
            """);

        var pages = await app.InShopAsync(shop.Tenant, db => db.Set<Page>().OrderBy(p => p.Slug).ToListAsync());
        Assert.Equal(["faq", "home", "later"], pages.Select(p => p.Slug));
        Assert.True(pages[1].IsHomePage);
        Assert.Null(pages[2].PublishedVersion);
        Assert.DoesNotContain("script", pages[2].BlocksJson, StringComparison.Ordinal);
        var home = await shop.Client().GetStringAsync("");
        Assert.Contains("<h1>Coffee, roasted weekly</h1>", home, StringComparison.Ordinal);
        Assert.Contains($"<title>Fresh coffee · Store {shop.Name}</title>", home, StringComparison.Ordinal);
        Assert.Contains("<summary>Do you ship?</summary>", await shop.Client().GetStringAsync("pages/faq"), StringComparison.Ordinal);
        var author = await app.InShopAsync(shop.Tenant, db => db.Set<PageVersion>().Select(v => v.Author).Distinct().SingleAsync());
        Assert.Equal("recipe@example.com", author);
    }

    [Fact]
    public async Task The_menus_step_saves_both_menus()
    {
        var shop = await app.CreateShopAsync();

        await RunAsync(shop, "menus", """
            { "name": "menus", "header": [ { "label": "Coffee", "url": "/collections/coffee" }, { "label": "About", "url": "/pages/about" } ],
              "footer": [ { "label": "Contact", "url": "mailto:hello@example.com" } ] }
            """);

        var html = await shop.Client().GetStringAsync("");
        Assert.Contains($"<a href=\"/s/{shop.Name}/collections/coffee\">Coffee</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:hello@example.com\">Contact</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pages", """{ "name": "pages" }""", "needs a 'pages' array")]
    [InlineData("pages", """{ "name": "pages", "pages": [ { "title": "A", "slug": "a", "blocks": [ { "type": "carousel" } ] } ] }""", "is not a block")]
    [InlineData("pages", """{ "name": "pages", "pages": [ { "title": "A", "slug": "a", "blocks": [ { "type": "callToAction", "heading": "x", "buttonLabel": "Go", "buttonUrl": "javascript:alert(1)" } ] } ] }""", "Blocks[0].ButtonUrl: Use a path")]
    [InlineData("pages", """{ "name": "pages", "pages": [ { "title": "A", "slug": "a" }, { "title": "B", "slug": "a" } ] }""", "Another page already uses this address")]
    [InlineData("pages", """{ "name": "pages", "pages": [ { "title": "A", "slug": "a", "seo": { "title": true } } ] }""", "'title' must be a string")]
    [InlineData("pages", """{ "name": "pages", "pages": [ { "title": "A", "slug": "a", "blocks": [ { "type": "image", "file": "../../etc/passwd" } ] } ] }""", "there is no file")]
    [InlineData("menus", """{ "name": "menus", "header": [ { "label": "x", "url": "//evil.example" } ] }""", "Header[0].Url: Use a path")]
    [InlineData("menus", """{ "name": "menus", "footer": "nope" }""", "'footer' must be an array")]
    public async Task Invalid_step_data_fails_with_a_clear_message(string step, string json, string message)
    {
        var shop = await app.CreateShopAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(shop, step, json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_with_a_bad_page_opens_no_shop_at_all()
    {
        var steps = """[ { "name": "pages", "pages": [ { "title": "Ok", "slug": "ok" }, { "title": "", "slug": "bad" } ] } ]""";
        var folder = Path.Combine(app.Database.AppData, "recipes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"), $$"""{ "displayName": "Broken", "description": "x", "steps": {{steps}} }""");
        await using var custom = new RecipeApp(folder);
        await custom.InitializeAsync();

        var result = await custom.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(
            new SignupRequest("Broken", "broken-" + Guid.NewGuid().ToString("N")[..8], "owner@broken.example.com", WalkingDrumApp.OwnerPassword, "broken"),
            CancellationToken.None);

        var invalid = Assert.IsType<ProvisioningResult.Invalid>(result);
        Assert.Contains("page 2 (''): Title: Enter a title.", invalid.Errors["recipe"][0], StringComparison.Ordinal);
        Assert.Equal("pages=0, page_versions=0, tenants=0", await custom.Database.CountsAsync("pages", "page_versions", "tenants"));
    }

    private sealed class RecipeApp(string folder) : WalkingDrumApp(new Dictionary<string, string?> { ["Recipes:Path"] = folder });
}
