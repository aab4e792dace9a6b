using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WalkingDrum.Browser.Tests;

/// <summary>On a phone, a merchant adds a product with two variants and a shopper picks one on the storefront.</summary>
public sealed class ProductEditorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Owner-Passw0rd";
    private const int PhoneWidth = 390;

    private readonly Screenshots _screenshots = new(browser.ProviderName);

    [Fact]
    public async Task A_merchant_adds_a_product_with_variants_on_a_phone_and_a_shopper_picks_one()
    {
        var subdomain = "cat-" + Guid.NewGuid().ToString("N")[..10];
        var shop = await SignUpAsync(subdomain);
        await using var context = await browser.NewContextAsync(PhoneWidth, 844);
        var page = await context.NewPageAsync();
        await SignInAsync(page, shop, $"owner@{subdomain}.example.com");

        await page.GotoAsync($"{shop}admin/products");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add your first product" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add product" }).First.ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Kenya Nyeri");
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Active");
        await page.GetByLabel("Option 1 name", new() { Exact = true }).FillAsync("Size");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add variant" }).ClickAsync();
        await Expect(page.Locator("input[name='Input.Variants[1].Price']")).ToBeVisibleAsync();
        await FillVariantAsync(page, 0, "250 g", "KEN-250", "11.00", "2");
        await FillVariantAsync(page, 1, "1 kg", "KEN-1K", "38.00", "20");
        await page.GetByLabel("Field 1 name", new() { Exact = true }).FillAsync("Process");
        await page.GetByLabel("Field 1 value", new() { Exact = true }).FillAsync("Washed");
        await AssertFitsAsync(page, "product editor");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "product editor");
        await _screenshots.TakeAsync(page, "10-product-editor-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("was added");

        await page.GotoAsync($"{shop}admin/products");
        await AssertFitsAsync(page, "product list");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "product list");
        await _screenshots.TakeAsync(page, "11-product-list-phone");

        await using var shopper = await browser.NewContextAsync(PhoneWidth, 844);
        var storefront = await shopper.NewPageAsync();
        await storefront.GotoAsync($"{shop}products/kenya-nyeri");
        await Expect(storefront.GetByText("Only 2 left")).ToBeVisibleAsync();
        await storefront.GetByLabel("Size").SelectOptionAsync(new SelectOptionValue { Label = "1 kg · €38.00" });
        await storefront.GetByRole(AriaRole.Button, new() { Name = "Show this option" }).ClickAsync();
        await Expect(storefront.Locator(".sku")).ToContainTextAsync("KEN-1K");
        await Expect(storefront.Locator(".product-fields")).ToContainTextAsync("Washed");
        await AssertFitsAsync(storefront, "product page");
        await Accessibility.AssertNoSeriousViolationsAsync(storefront, "product page");
        await _screenshots.TakeAsync(storefront, "12-product-page-phone");
    }

    private async Task<Uri> SignUpAsync(string subdomain)
    {
        using var client = new HttpClient { BaseAddress = browser.BaseAddress };
        var response = await client.PostAsJsonAsync("api/signup", new
        {
            storeName = "Catalog " + subdomain, subdomain, email = $"owner@{subdomain}.example.com", password = Password, recipe = "test",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return new Uri(browser.BaseAddress, $"s/{subdomain}/");
    }

    private static async Task SignInAsync(IPage page, Uri shop, string email)
    {
        await page.GotoAsync($"{shop}account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin", StringComparison.Ordinal));
    }

    private static async Task FillVariantAsync(IPage page, int row, string size, string sku, string price, string stock)
    {
        await page.Locator($"input[name='Input.Variants[{row}].OptionValues[0]']").FillAsync(size);
        await page.Locator($"input[name='Input.Variants[{row}].Sku']").FillAsync(sku);
        await page.Locator($"input[name='Input.Variants[{row}].Price']").FillAsync(price);
        await page.Locator($"input[name='Input.Variants[{row}].Stock']").FillAsync(stock);
        await page.Locator($"input[name='Input.Variants[{row}].TrackInventory'][type=checkbox]").CheckAsync();
    }

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"The {name} is {width} px wide on a {PhoneWidth} px phone screen.");
    }
}
