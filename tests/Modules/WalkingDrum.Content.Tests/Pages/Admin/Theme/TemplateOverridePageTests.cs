using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Pages.Admin.Theme;

[Collection(ThemeCollection.Name)]
public sealed class TemplateOverridePageTests(WalkingDrumApp app)
{
    private const string Editor = "admin/theme/templates/index";

    [Fact]
    public async Task Staff_cannot_open_or_change_templates()
    {
        var shop = await app.CreateShopAsync();
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        var token = await Forms.TokenAsync(staff, "admin/theme");

        var list = await staff.GetAsync("admin/theme/templates");
        var editor = await staff.GetAsync(Editor);
        var save = await staff.PostAsync(Editor + "?handler=Save", new FormUrlEncodedContent(
            [new(Forms.TokenField, token), new("Source", "<h1>Staff was here</h1>"), new("IsEnabled", "true")]));

        foreach (var response in new[] { list, editor, save })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(list.Headers.Location)).StatusCode);
        Assert.Equal(0, await CountAsync(shop));
        Assert.DoesNotContain("Staff was here", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_lists_templates_and_edits_one_starting_from_the_theme_source()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var list = await owner.GetStringAsync("admin/theme/templates");
        var editor = await owner.GetStringAsync(Editor);

        Assert.Contains($"href=\"/s/{shop.Name}/admin/theme/templates/layout\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/admin/theme/templates/product-card\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("templates/not-found", list, StringComparison.Ordinal);
        Assert.Contains("{% if theme.hero_heading != blank %}", editor, StringComparison.Ordinal);
        Assert.Contains("<label for=\"template-source\">", editor, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("admin/theme/templates/not-found")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("admin/theme/templates/no-such-template")).StatusCode);
    }

    [Theory]
    [InlineData("<h1>{{ store.name }}</h1>\n{% if store.tagline %}\n<p>never closed</p>", "Line 3, column", "&#x27;{% endif %}&#x27; was expected")]
    [InlineData("<h1>Hi</h1>\n{{ store.name | }}", "Line 2, column", "An identifier was expected")]
    [InlineData("{% render 'secrets' %}", "The theme has no template named &#x27;secrets&#x27;", "")]
    [InlineData("   ", "Enter the template&#x27;s Liquid source", "")]
    public async Task Invalid_source_is_shown_inline_with_its_line_and_never_saved(string source, string expected, string detail)
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var response = await SaveAsync(owner, source);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains(detail, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"template-source-hint template-source-error\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(shop));
    }

    [Fact]
    public async Task A_saved_override_is_used_switched_off_and_reverted_without_touching_another_shop()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        Assert.Contains($"<h1>Store {shop.Name}</h1>", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);

        var saved = await SaveAsync(owner, "<h1 class=\"own\">Our {{ store.name }}</h1>");
        var used = await shop.Client().GetStringAsync("");
        var elsewhere = await other.Client().GetStringAsync("");
        await SaveAsync(owner, "<h1 class=\"own\">Our {{ store.name }}</h1>", enabled: false);
        var switchedOff = await shop.Client().GetStringAsync("");
        var editor = await owner.GetStringAsync(Editor);
        var reverted = await Forms.PostAsync(owner, Editor, [], Editor + "?handler=Revert");
        var afterRevert = await shop.Client().GetStringAsync("");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"<h1 class=\"own\">Our Store {shop.Name}</h1>", used, StringComparison.Ordinal);
        Assert.Contains("<header class=\"site-header\">", used, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"own\"", elsewhere, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"own\"", switchedOff, StringComparison.Ordinal);
        Assert.Contains("Your version is saved but switched off", editor, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reverted.StatusCode);
        Assert.DoesNotContain("class=\"own\"", afterRevert, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(shop));
    }

    [Fact]
    public async Task The_preview_renders_unsaved_source_with_the_shops_data_and_saves_nothing()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var token = await Forms.TokenAsync(owner, Editor);
        using var htmx = new HttpRequestMessage(HttpMethod.Post, Editor + "?handler=Preview")
        {
            Content = new FormUrlEncodedContent([new(Forms.TokenField, token), new("Source", "<h1>Draft for {{ store.name }}</h1>"), new("IsEnabled", "true")]),
        };
        htmx.Headers.Add("HX-Request", "true");

        var fragment = await (await owner.SendAsync(htmx)).Content.ReadAsStringAsync();
        var page = await Forms.PostAsync(owner, Editor, [new("Source", "{% for i in (1..100000) %}x{% endfor %}"), new("IsEnabled", "true")], Editor + "?handler=Preview");
        var broken = await page.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.Contains("<iframe class=\"template-preview\" title=\"Preview of the index template\" sandbox srcdoc=\"", fragment, StringComparison.Ordinal);
        Assert.Contains($"&lt;h1&gt;Draft for Store {shop.Name}&lt;/h1&gt;", fragment, StringComparison.Ordinal);
        Assert.Contains("--accent: #6b3e26", fragment, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Your index template fails while rendering", broken, StringComparison.Ordinal);
        Assert.Contains("longer than 10,000 values", broken, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(shop));
        Assert.DoesNotContain("Draft for", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_that_breaks_on_the_storefront_falls_back_and_warns_the_merchant()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        await SaveAsync(owner, "<h1>Looping</h1>{% for i in (1..5000) %}{% for j in (1..5000) %}{{ j }}{% endfor %}{% endfor %}");

        var first = await shop.Client().GetAsync("");
        var recorded = await app.InShopAsync(shop.Tenant, db => db.Set<TemplateOverride>().AsNoTracking().SingleAsync());
        var again = await shop.Client().GetAsync("?again=1");
        var rewritten = await app.InShopAsync(shop.Tenant, db => db.Set<TemplateOverride>().AsNoTracking().SingleAsync());
        var list = await owner.GetStringAsync("admin/theme/templates");
        var editor = await owner.GetStringAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<h1>Store {shop.Name}</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Looping", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("ran too long", recorded.LastRenderError, StringComparison.Ordinal);
        Assert.NotNull(recorded.LastRenderErrorAt);
        Assert.Equal(recorded.LastRenderErrorAt, rewritten.LastRenderErrorAt);
        Assert.Contains("One of your templates failed on the storefront", list, StringComparison.Ordinal);
        Assert.Contains("ran too long", list, StringComparison.Ordinal);
        Assert.Contains("This template failed on the storefront", editor, StringComparison.Ordinal);
        Assert.Contains($"<h1>Store {other.Name}</h1>", await other.Client().GetStringAsync(""), StringComparison.Ordinal);

        await SaveAsync(owner, "<h1>Fixed</h1>");
        Assert.Null((await app.InShopAsync(shop.Tenant, db => db.Set<TemplateOverride>().AsNoTracking().SingleAsync())).LastRenderError);
        Assert.Contains("<h1>Fixed</h1>", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient owner, string source, bool enabled = true) =>
        Forms.PostAsync(owner, Editor, [new("Source", source), new("IsEnabled", enabled ? "true" : "false")], Editor + "?handler=Save");

    private Task<int> CountAsync(TestShop shop) => app.InShopAsync(shop.Tenant, db => db.Set<TemplateOverride>().CountAsync());
}
