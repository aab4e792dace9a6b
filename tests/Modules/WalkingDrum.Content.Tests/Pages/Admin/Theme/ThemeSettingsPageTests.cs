using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Pages.Admin.Theme;

[Collection(ThemeCollection.Name)]
public sealed class ThemeSettingsPageTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Saved_settings_reach_every_storefront_page_at_once()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var logo = await AddImageAsync(shop, "logo.png", "Bean There logo");
        Assert.Contains("--accent: #6b3e26", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);

        var saved = await Forms.PostAsync(owner, "admin/theme", Fields(("LogoMediaId", logo.ToString()), ("PrimaryColor", "#1D4ED8"),
            ("HeadingFont", "slab"), ("HeroHeading", "Coffee & more"), ("HeroText", "Roasted weekly."),
            ("HeroCtaLabel", "Shop coffee"), ("HeroCtaUrl", "/collections/coffee")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var home = await shop.Client().GetStringAsync("");
        Assert.Contains("--accent: #1d4ed8;", home, StringComparison.Ordinal);
        Assert.Contains("--font-heading: Rockwell, Rockwell Nova, Roboto Slab, DejaVu Serif, Sitka Small, serif;", home, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/s/{shop.Name}/media/{logo:N}/w320.webp\" alt=\"Store {shop.Name}\"", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Coffee &amp; more</h1>", home, StringComparison.Ordinal);
        Assert.Contains("<p class=\"tagline\">Roasted weekly.</p>", home, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"button\" href=\"/s/{shop.Name}/collections/coffee\">Shop coffee</a>", home, StringComparison.Ordinal);
        var form = await owner.GetStringAsync("admin/theme");
        Assert.Contains("Your theme is saved.", form, StringComparison.Ordinal);
        Assert.Contains("value=\"#1d4ed8\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_may_edit_the_theme_settings()
    {
        var shop = await app.CreateShopAsync();
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);

        var saved = await Forms.PostAsync(staff, "admin/theme", Fields(("HeroHeading", "By the staff")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<h1>By the staff</h1>", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
        Assert.DoesNotContain("admin/theme/templates", await staff.GetStringAsync("admin/theme"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PrimaryColor", "#fff;}</style><script>alert(1)</script>", "Enter a colour as # followed by six hex digits")]
    [InlineData("BackgroundColor", "red", "Enter a colour as # followed by six hex digits")]
    [InlineData("TextColor", "#12345g", "Enter a colour as # followed by six hex digits")]
    [InlineData("TextColor", "", "Enter a colour as # followed by six hex digits")]
    [InlineData("BodyFont", "sans; } body { display: none", "Choose one of the listed fonts.")]
    [InlineData("HeadingFont", "</style><script>alert(1)</script>", "Choose one of the listed fonts.")]
    [InlineData("HeroCtaUrl", "javascript:alert(1)", "Enter a path of your shop starting with /")]
    [InlineData("HeroCtaUrl", "//evil.example/phish", "Enter a path of your shop starting with /")]
    [InlineData("HeroCtaUrl", "data:text/html,hi", "Enter a path of your shop starting with /")]
    [InlineData("HeroCtaLabel", "Label without a link", "Enter where the button leads, or clear its label.", "HeroCtaUrl")]
    [InlineData("HeroCtaUrl", "/collections/coffee", "Give the button a label, or clear its link.", "HeroCtaLabel")]
    [InlineData("LogoMediaId", "not-a-guid", "is not valid")]
    [InlineData("HeroHeading", "x", "Use at most 200 characters.")]
    public async Task Bad_input_is_refused_inline_and_nothing_is_saved(string field, string value, string message, string? invalidField = null)
    {
        invalidField ??= field;
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var posted = field == "HeroHeading" ? new string('x', 201) : value;

        var response = await Forms.PostAsync(owner, "admin/theme", Fields((field, posted), ("HeroHeading", field == "HeroHeading" ? posted : "Should not be saved")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
        Assert.Matches($"<(input|select|textarea)[^>]*(id=\"Input_{invalidField}\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"Input_{invalidField}\")", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<ThemeSettings>().CountAsync()));
        var home = await shop.Client().GetStringAsync("");
        Assert.Contains("--accent: #6b3e26;", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Should not be saved", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Low_contrast_is_saved_with_a_warning_beside_the_colours()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var saved = await Forms.PostAsync(owner, "admin/theme", Fields(("TextColor", "#777777"), ("BackgroundColor", "#888888"), ("PrimaryColor", "#ffff00")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var form = await owner.GetStringAsync("admin/theme");
        Assert.Contains("Text on the background has a contrast of 1.3:1; WCAG AA asks for at least 4.5:1", form, StringComparison.Ordinal);
        Assert.Contains("white button text on this colour 1.1:1", form, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"TextColor-hint TextColor-error TextColor-warning\"", form, StringComparison.Ordinal);
        Assert.Contains("--ink: #777777;", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_shops_image_cannot_be_chosen()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var foreign = await AddImageAsync(other, "secret.png", "Other shop's image");
        var owner = await shop.OwnerClientAsync();

        var form = await owner.GetStringAsync("admin/theme");
        var response = await Forms.PostAsync(owner, "admin/theme", Fields(("HeroImageId", foreign.ToString())));

        Assert.DoesNotContain(foreign.ToString(), form, StringComparison.Ordinal);
        Assert.Contains("Your media library has no images yet", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose an image from your media library.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.ToString("N"), await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
    }

    private async Task<Guid> AddImageAsync(TestShop shop, string fileName, string alt) =>
        await app.InShopAsync(shop.Tenant, async db =>
        {
            var asset = new MediaAsset { FileName = fileName, ContentType = "image/png", Alt = alt, Width = 1200, Height = 800, VariantWidths = "160,320,640,1280" };
            db.Add(asset);
            await db.SaveChangesAsync();
            return asset.Id;
        });

    // Every field, with the theme's defaults unless given.
    private static KeyValuePair<string, string>[] Fields(params (string Field, string Value)[] values)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["LogoMediaId"] = "", ["PrimaryColor"] = "#6b3e26", ["AccentColor"] = "#c8553d", ["BackgroundColor"] = "#fffaf5",
            ["TextColor"] = "#2b2118", ["HeadingFont"] = "serif", ["BodyFont"] = "sans", ["HeroHeading"] = "", ["HeroText"] = "",
            ["HeroImageId"] = "", ["HeroCtaLabel"] = "", ["HeroCtaUrl"] = "",
        };
        foreach (var (field, value) in values)
        {
            fields[field] = value;
        }

        return fields.Select(f => new KeyValuePair<string, string>("Input." + f.Key, f.Value)).ToArray();
    }
}
