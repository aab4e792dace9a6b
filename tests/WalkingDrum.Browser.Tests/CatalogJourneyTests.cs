using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WalkingDrum.Browser.Tests;

/// <summary>
/// A merchant of the sample coffee shop adds a product with variants and an image in the admin
/// and publishes it; a shopper on a phone finds it by search and opens it. Every storefront page
/// on the way is checked with axe.
/// </summary>
public sealed class CatalogJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Owner-Passw0rd";
    private const int PhoneWidth = 390;

    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    private readonly Screenshots _screenshots = new(browser.ProviderName);

    [Fact]
    public async Task Merchant_publishes_a_product_with_a_variant_and_an_image_and_a_shopper_finds_it_on_a_phone()
    {
        var subdomain = "roast-" + Guid.NewGuid().ToString("N")[..10];
        var shop = new Uri(browser.BaseAddress, $"s/{subdomain}/");
        await using (var merchant = await browser.NewContextAsync())
        {
            var page = await merchant.NewPageAsync();
            await SignUpWithTheSampleShopAsync(page, subdomain);
            await CreateProductAsync(page, shop);
        }

        await using var phone = await browser.NewContextAsync(PhoneWidth, 844);
        var shopper = await phone.NewPageAsync();
        await shopper.GotoAsync(shop.ToString());
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Coffee that tastes of where it grew");
        await AssertFitsThePhoneAsync(shopper, "home");
        await _screenshots.TakeAsync(shopper, "catalog-01-home-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(shopper, "storefront home");

        // The shopper types the start of a word only: prefix matching finds the new product.
        await shopper.GetByRole(AriaRole.Searchbox, new() { Name = "Search the shop" }).FillAsync("rwan");
        await shopper.GetByRole(AriaRole.Searchbox, new() { Name = "Search the shop" }).PressAsync("Enter");
        await shopper.WaitForURLAsync(url => url.Contains("/search?", StringComparison.Ordinal));
        var result = shopper.GetByRole(AriaRole.Link, new() { Name = "Rwanda Huye Mountain" });
        await Expect(result.First).ToBeVisibleAsync();
        await AssertFitsThePhoneAsync(shopper, "search");
        await _screenshots.TakeAsync(shopper, "catalog-02-search-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(shopper, "search results");

        await result.First.ClickAsync();
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rwanda Huye Mountain");
        await Expect(shopper.GetByRole(AriaRole.Img, new() { Name = "A bag of Rwanda Huye Mountain coffee" }).First).ToBeVisibleAsync();
        await Expect(shopper.Locator("main")).ToContainTextAsync("$15.00");
        await AssertFitsThePhoneAsync(shopper, "product");
        await _screenshots.TakeAsync(shopper, "catalog-03-product-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(shopper, "product page");

        await shopper.GotoAsync(new Uri(shop, "collections/single-origin").ToString());
        await Expect(shopper.GetByRole(AriaRole.Link, new() { Name = "Rwanda Huye Mountain" }).First).ToBeVisibleAsync();
        await AssertFitsThePhoneAsync(shopper, "collection");
        await _screenshots.TakeAsync(shopper, "catalog-04-collection-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(shopper, "collection page");
    }

    private async Task SignUpWithTheSampleShopAsync(IPage page, string subdomain)
    {
        await page.GotoAsync(browser.BaseAddress.ToString());
        await page.GetByLabel("Store name").FillAsync("Drum Roasters " + subdomain[6..]);
        await page.GetByLabel("Shop address").FillAsync(subdomain);
        await page.GetByLabel("Email").FillAsync($"owner@{subdomain}.example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Sample coffee roastery").CheckAsync();
        await _screenshots.TakeAsync(page, "catalog-00-signup-sample");
        // The sample shop's recipe uploads a dozen images (with their responsive variants) in its
        // transaction; with other test assemblies sharing the 2 cores that has taken over a minute.
        await page.GetByRole(AriaRole.Button, new() { Name = "Open my shop" }).ClickAsync(new() { Timeout = 150_000 });
        await page.WaitForURLAsync(new Uri(browser.BaseAddress, $"s/{subdomain}/admin").ToString(), new() { Timeout = 150_000 });
    }

    private async Task CreateProductAsync(IPage page, Uri shop)
    {
        await page.GotoAsync(new Uri(shop, "admin/products/new").ToString());
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Rwanda Huye Mountain");
        await page.GetByLabel("Description", Exact).FillAsync("<p>Washed bourbon from the Huye mountain station: red currant, hibiscus and honey.</p>");
        await page.GetByLabel("Option 1 name", Exact).FillAsync("Size");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update variant fields" }).ClickAsync();
        await page.GetByLabel("Size", Exact).First.FillAsync("250 g");
        await page.GetByLabel("SKU", Exact).First.FillAsync("RWA-HUY-250");
        await page.GetByLabel("Price (USD)", Exact).First.FillAsync("15.00");
        await page.GetByLabel("Stock", Exact).First.FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add variant" }).ClickAsync();
        await page.GetByLabel("Size", Exact).Nth(1).FillAsync("1 kg");
        await page.GetByLabel("SKU", Exact).Nth(1).FillAsync("RWA-HUY-1K");
        await page.GetByLabel("Price (USD)", Exact).Nth(1).FillAsync("50.00");
        await page.GetByLabel("Stock", Exact).Nth(1).FillAsync("8");
        await page.GetByLabel("Single origin").CheckAsync();
        await page.GetByLabel("Status", Exact).SelectOptionAsync(new SelectOptionValue { Label = "Active" });
        await page.GetByLabel("Upload a new image").SetInputFilesAsync(new FilePayload
        {
            Name = "rwanda.png",
            MimeType = "image/png",
            Buffer = SampleImage(),
        });
        await page.GetByLabel("Alt text of the new image").FillAsync("A bag of Rwanda Huye Mountain coffee");
        await _screenshots.TakeAsync(page, "catalog-00-product-editor");
        // Saving makes the image's responsive variants, which takes seconds on a busy machine.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync(new() { Timeout = 60_000 });
        await page.WaitForURLAsync(url => !url.EndsWith("/new", StringComparison.Ordinal), new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("was added");
        await _screenshots.TakeAsync(page, "catalog-00b-product-saved");
    }

    private static async Task AssertFitsThePhoneAsync(IPage page, string pageName)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"The {pageName} page is {width} px wide on a {PhoneWidth} px phone screen.");
    }

    private static byte[] SampleImage()
    {
        using var black = NetVips.Image.Black(800, 800, bands: 3);
        using var brown = (black + new double[] { 120, 80, 40 }).Cast(NetVips.Enums.BandFormat.Uchar);
        return brown.PngsaveBuffer();
    }
}
