using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WalkingDrum.Browser.Tests;

/// <summary>A merchant opens a shop from the platform's landing page in a real browser.</summary>
public sealed class SignupJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Owner-Passw0rd";
    private const int PhoneWidth = 390;

    private readonly Screenshots _screenshots = new(browser.ProviderName);

    [Fact]
    public async Task Signing_up_lands_in_the_admin_and_opens_a_storefront_with_the_stores_name()
    {
        var subdomain = "drum-" + Guid.NewGuid().ToString("N")[..10];
        var storeName = "Café Drum & Co " + subdomain[5..];
        var shop = new Uri(browser.BaseAddress, $"s/{subdomain}/");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(browser.BaseAddress.ToString());
        await FillSignupAsync(page, storeName, subdomain, $"owner@{subdomain}.example.com", Password);
        await _screenshots.TakeAsync(page, "01-signup-filled");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "signup page");

        var redirects = RecordRedirects(page);
        await SubmitSignupAsync(page);
        await page.WaitForURLAsync($"{shop}admin");
        // The form redirects through the one-time handoff link that signs the new owner in.
        Assert.Contains(redirects, url => url.StartsWith($"{shop}account/handoff?token=", StringComparison.Ordinal));
        await Expect(Heading(page)).ToHaveTextAsync($"Welcome to {storeName}");
        await _screenshots.TakeAsync(page, "02-admin-dashboard");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "admin dashboard");
        await AssertAdminFitsAPhoneAsync(page);

        await page.GotoAsync(shop.ToString());
        await Expect(Heading(page)).ToHaveTextAsync(storeName);
        await _screenshots.TakeAsync(page, "03-storefront-home");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "storefront home");

        await AssertStorefrontFitsAPhoneAsync(shop, storeName);
    }

    [Fact]
    public async Task Bad_signup_input_shows_inline_errors_and_keeps_the_form()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress.ToString());

        await FillSignupAsync(page, "Admin Shop", "admin", "owner@admin-shop.example.com", "weak");
        await SubmitSignupAsync(page);

        await Expect(page).ToHaveURLAsync(browser.BaseAddress.ToString());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Open my shop" })).ToBeVisibleAsync();
        await Expect(FieldError(page, "subdomain")).ToContainTextAsync("reserved");
        await Expect(FieldError(page, "password")).ToContainTextAsync("at least one digit");
        await _screenshots.TakeAsync(page, "bad-input-01-reserved-subdomain");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "signup page with errors");

        // Fixing the address alone leaves only the password error.
        await FillSignupAsync(page, "Admin Shop", "admin-shop-" + Guid.NewGuid().ToString("N")[..8], "owner@admin-shop.example.com", "weak");
        await SubmitSignupAsync(page);

        await Expect(page).ToHaveURLAsync(browser.BaseAddress.ToString());
        await Expect(FieldError(page, "password")).Not.ToBeEmptyAsync();
        await Expect(FieldError(page, "subdomain")).ToBeEmptyAsync();
        await _screenshots.TakeAsync(page, "bad-input-02-weak-password");
    }

    private async Task AssertStorefrontFitsAPhoneAsync(Uri shop, string storeName)
    {
        await using var phone = await browser.NewContextAsync(PhoneWidth, 844);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(shop.ToString());

        await Expect(Heading(page)).ToHaveTextAsync(storeName);
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= PhoneWidth, $"The storefront is {pageWidth} px wide on a {PhoneWidth} px phone screen.");
        await _screenshots.TakeAsync(page, "04-storefront-home-phone");
    }

    private async Task AssertAdminFitsAPhoneAsync(IPage page)
    {
        var desktop = page.ViewportSize;
        await page.SetViewportSizeAsync(PhoneWidth, 844);

        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= PhoneWidth, $"The admin is {pageWidth} px wide on a {PhoneWidth} px phone screen.");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }))
            .ToBeVisibleAsync();
        await _screenshots.TakeAsync(page, "02b-admin-dashboard-phone");
        if (desktop is not null)
        {
            await page.SetViewportSizeAsync(desktop.Width, desktop.Height);
        }
    }

    private static ConcurrentQueue<string> RecordRedirects(IPage page)
    {
        var urls = new ConcurrentQueue<string>();
        page.Response += (_, response) =>
        {
            if (response.Status is >= 300 and < 400)
            {
                urls.Enqueue(response.Url);
            }
        };
        return urls;
    }

    private static async Task FillSignupAsync(IPage page, string storeName, string subdomain, string email, string password)
    {
        await page.GetByLabel("Store name").FillAsync(storeName);
        await page.GetByLabel("Shop address").FillAsync(subdomain);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
    }

    private static Task SubmitSignupAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Open my shop" }).ClickAsync();

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator FieldError(IPage page, string field) => page.Locator($"#{field}-error.field-error");
}
