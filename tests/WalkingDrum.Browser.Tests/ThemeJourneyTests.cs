using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WalkingDrum.Browser.Tests;

/// <summary>A merchant styles the storefront and overrides a template from a phone.</summary>
public sealed class ThemeJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 390;

    private readonly Screenshots _screenshots = new(browser.ProviderName);

    [Fact]
    public async Task The_theme_and_template_editors_work_on_a_phone_and_the_storefront_follows()
    {
        var subdomain = "theme-" + Guid.NewGuid().ToString("N")[..10];
        var shop = new Uri(browser.BaseAddress, $"s/{subdomain}/");
        await using var context = await browser.NewContextAsync(PhoneWidth, 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress.ToString());
        await page.GetByLabel("Store name").FillAsync("Phone Roasters");
        await page.GetByLabel("Shop address").FillAsync(subdomain);
        await page.GetByLabel("Email").FillAsync($"owner@{subdomain}.example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Owner-Passw0rd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open my shop" }).ClickAsync();
        await page.WaitForURLAsync($"{shop}admin");

        await page.GotoAsync($"{shop}admin/theme");
        await page.GetByLabel("Heading", new() { Exact = true }).FillAsync("Fresh beans, every week");
        await page.GetByLabel("Button label").FillAsync("Browse coffee");
        await page.GetByLabel("Button link").FillAsync("/search?q=coffee");
        await page.GetByLabel("Headings").SelectOptionAsync("slab");
        await AssertFitsAsync(page, "theme settings");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "theme settings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save theme" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your theme is saved.");
        await _screenshots.TakeAsync(page, "theme-01-settings-phone");

        await page.GotoAsync($"{shop}admin/theme/templates/index");
        await page.GetByLabel("Liquid source of index").FillAsync("<h1>{{ store.name }}</h1>\n{% if store.tagline %}\n<p>unclosed</p>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
        await Expect(page.Locator("#template-source-error")).ToContainTextAsync("Line 3, column");
        await Expect(page.GetByLabel("Liquid source of index")).ToHaveAttributeAsync("aria-invalid", "true");
        // Checked before the preview: axe cannot enter the sandboxed preview frame (its page is checked on the storefront below).
        await Accessibility.AssertNoSeriousViolationsAsync(page, "template editor with a syntax error");
        await page.GetByLabel("Liquid source of index").FillAsync(
            "<section class=\"hero\"><h1>{{ theme.hero_heading }}</h1><p><a class=\"button\" href=\"{{ theme.hero_cta_url }}\">{{ theme.hero_cta_label }}</a></p></section>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview without saving" }).ClickAsync();
        var preview = page.FrameLocator("iframe.template-preview");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fresh beans, every week");
        await AssertFitsAsync(page, "template editor");
        await _screenshots.TakeAsync(page, "theme-02-template-preview-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("saved and in use");

        await page.GotoAsync(shop.ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fresh beans, every week");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Browse coffee" })).ToHaveAttributeAsync("href", $"/s/{subdomain}/search?q=coffee");
        await AssertFitsAsync(page, "storefront home");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "storefront home with a template override");
        await _screenshots.TakeAsync(page, "theme-03-storefront-phone");
    }

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"The {name} page is {width} px wide on a {PhoneWidth} px phone screen.");
    }
}
