using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WalkingDrum.Browser.Tests.Content;

/// <summary>A merchant builds and publishes a page on a phone, with the rich-text editor.</summary>
public sealed class PageEditorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Owner-Passw0rd";
    private const int PhoneWidth = 390;

    private readonly Screenshots _screenshots = new(browser.ProviderName);

    [Fact]
    public async Task A_merchant_writes_and_publishes_a_page_on_a_phone()
    {
        var name = "pages-" + Guid.NewGuid().ToString("N")[..10];
        var email = $"owner@{name}.example.com";
        using (var http = new HttpClient { BaseAddress = browser.BaseAddress })
        {
            var signup = await http.PostAsJsonAsync("api/signup", new { storeName = "Page Roasters", subdomain = name, email, password = Password });
            Assert.Equal(HttpStatusCode.Created, signup.StatusCode);
        }

        var shop = new Uri(browser.BaseAddress, $"s/{name}/");
        await using var phone = await browser.NewContextAsync(PhoneWidth, 844);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(new Uri(shop, "account/login").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(shop, "admin").ToString());

        await page.GotoAsync(new Uri(shop, "admin/pages").ToString());
        await Expect(page.GetByText("You have no pages yet")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create your first page" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Our story");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Our story");

        // htmx swaps the new block in; Trix takes over its textarea.
        await page.GetByRole(AriaRole.Group, new() { Name = "Add a block:" }).GetByRole(AriaRole.Button, new() { Name = "Text", Exact = true }).ClickAsync();
        var editor = page.Locator("trix-editor");
        await Expect(editor).ToBeVisibleAsync();
        await Expect(page.Locator("textarea.rich-text-source")).ToBeHiddenAsync();
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("We roast in small batches.");
        await AssertFitsAsync(page, "page editor");
        await _screenshots.TakeAsync(page, "pages-01-editor-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "page editor");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Published.");

        await page.GotoAsync(new Uri(shop, "pages/our-story").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Our story");
        await Expect(page.GetByText("We roast in small batches.")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "storefront page");
        await _screenshots.TakeAsync(page, "pages-02-storefront-page-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "storefront page");

        await page.GotoAsync(new Uri(shop, "no-such-page").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We couldn’t find that page");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "storefront 404 page");
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"The {what} is {width} px wide on a {PhoneWidth} px phone screen.");
    }
}
