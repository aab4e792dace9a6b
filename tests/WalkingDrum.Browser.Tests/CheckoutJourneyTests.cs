using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WalkingDrum.Browser.Tests;

/// <summary>
/// A shopper on a phone picks a variant, applies a coupon, checks out, pays with 4242 on the
/// sandbox's hosted page and sees the confirmation; the merchant then finds the order and refunds
/// part of it. Storefront pages on the way are checked with axe.
/// </summary>
public sealed partial class CheckoutJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 390;

    private readonly Screenshots _screenshots = new(browser.ProviderName);

    [Fact]
    public async Task Shopper_buys_a_variant_with_a_coupon_and_pays_on_the_hosted_page()
    {
        var shop = await browser.App.CreateShopDirectlyAsync();
        await SeedAsync(shop.Tenant);
        var root = new Uri(browser.BaseAddress, $"s/{shop.Name}/");

        await using var phone = await browser.NewContextAsync(PhoneWidth, 844);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(new Uri(root, "products/kenya-aa").ToString());
        await page.GetByLabel("Size").SelectOptionAsync(new SelectOptionValue { Label = "1 kg · €60.00" });
        await Expect(page.Locator(".product-info")).ToContainTextAsync("€60.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added" })).ToContainTextAsync("Kenya AA — 1 kg");

        await page.GotoAsync(new Uri(root, "cart").ToString());
        await page.GetByLabel("Discount code").FillAsync("welcome10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator(".cart-totals")).ToContainTextAsync("−€6.00");
        await _screenshots.TakeAsync(page, "checkout-01-cart-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "Check out" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Checkout", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync("ada@example.com");
        await page.GetByLabel("Full name").FillAsync("Ada Lovelace");
        await page.GetByLabel("Street address").FillAsync("12 rue de la Paix");
        await page.GetByLabel("Town or city").FillAsync("Paris");
        await page.GetByLabel("Postal code").FillAsync("75002");
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "France" });
        // 60.00 − 10 % = 54.00 is below the 55.00 threshold: shipping 5.00, and VAT 20 % of 59.00.
        await Expect(page.Locator("#checkout-summary")).ToContainTextAsync("VAT 20 %");
        await Expect(page.Locator("#checkout-summary .cart-total")).ToContainTextAsync("€70.80");
        await AssertFitsThePhoneAsync(page, "checkout");
        await _screenshots.TakeAsync(page, "checkout-02-details-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "checkout");
        // Opening the payment page registers the shop's sandbox webhook and the session over HTTP;
        // with other test assemblies sharing the 2 cores that has taken over ten seconds.
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to payment" }).ClickAsync(new() { Timeout = 60_000 });

        await page.WaitForURLAsync(url => url.Contains("/checkout/cs_", StringComparison.Ordinal), new() { Timeout = 60_000 });
        await page.GetByLabel("Card number").FillAsync("4242 4242 4242 4242");
        await page.GetByLabel("Expiry (MM / YY)").FillAsync("12 / 34");
        await page.GetByLabel("CVC").FillAsync("123");
        await page.GetByLabel("Name on card").FillAsync("Ada Lovelace");
        await _screenshots.TakeAsync(page, "checkout-03-hosted-page-phone");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = PayButton() }).ClickAsync(new() { Timeout = 60_000 });

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you! Order #1001", new() { Timeout = 60_000 });
        await Expect(page.Locator("main")).ToContainTextAsync("Test order");
        await Expect(page.Locator(".cart-total")).ToContainTextAsync("€70.80");
        await AssertFitsThePhoneAsync(page, "order");
        await _screenshots.TakeAsync(page, "checkout-04-confirmation-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "order confirmation");
        await Expect(page.Locator(".cart-count")).ToHaveTextAsync("0");

        // The merchant finds the test order and gives part of it back through the sandbox.
        await using var desk = await browser.NewContextAsync();
        var admin = await desk.NewPageAsync();
        await admin.GotoAsync(new Uri(root, "account/login").ToString());
        await admin.GetByLabel("Email").FillAsync(shop.OwnerEmail);
        await admin.GetByLabel("Password").FillAsync(WalkingDrumApp.OwnerPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains("/admin", StringComparison.Ordinal));
        await admin.GotoAsync(new Uri(root, "admin/orders").ToString());
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "#1001" });
        await Expect(row).ToContainTextAsync("Test");
        await Expect(row).ToContainTextAsync("€70.80");
        await _screenshots.TakeAsync(admin, "checkout-05-admin-orders");
        await row.GetByRole(AriaRole.Link, new() { Name = "#1001" }).ClickAsync();
        await admin.GetByLabel("Amount (EUR)").FillAsync("20.00");
        await admin.GetByLabel("Reason (optional)").FillAsync("One bag arrived damaged");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Refund" }).ClickAsync(new() { Timeout = 60_000 });
        await Expect(admin.GetByRole(AriaRole.Status)).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(admin.Locator("main")).ToContainTextAsync("Partially refunded");
        await Expect(admin.Locator("main")).ToContainTextAsync("€20.00");
        await _screenshots.TakeAsync(admin, "checkout-06-admin-partial-refund");
    }

    // A shop with one product in two sizes, a coupon, and European shipping and VAT.
    private async Task SeedAsync(TenantInfo tenant)
    {
        await browser.App.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async services =>
        {
            var product = await services.GetRequiredService<ProductService>().CreateAsync(
                new ProductInput("Kenya AA", "kenya-aa", "<p>Blackcurrant and grapefruit.</p>", "Active", ["Size"],
                    [new VariantInput(null, ["250 g"], "KEN-250", "18.00", null, "20", true), new VariantInput(null, ["1 kg"], "KEN-1K", "60.00", null, "5", true)],
                    [], []),
                null, CancellationToken.None);
            Assert.True(product.Succeeded, product.Errors.ToString());
            var coupon = await services.GetRequiredService<CouponService>().CreateAsync(
                new CouponInput("WELCOME10", "percent", "10", "once", null, null, null, null, true), CancellationToken.None);
            Assert.True(coupon.Succeeded, coupon.Errors.ToString());
            // The journey's own rates, in place of the test recipe's.
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            await db.Set<ShippingRate>().ExecuteDeleteAsync();
            await db.Set<TaxRate>().ExecuteDeleteAsync();
            db.Add(new ShippingRate { Name = "Standard", Countries = "FR,DE", Price = new Amount(500, "EUR"), FreeOver = new Amount(5500, "EUR") });
            db.Add(new TaxRate { CountryCode = "FR", Name = "VAT", BasisPoints = 2000, AppliesToShipping = true });
            return await db.SaveChangesAsync();
        });
    }

    private static async Task AssertFitsThePhoneAsync(IPage page, string pageName)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"The {pageName} page is {width} px wide on a {PhoneWidth} px phone screen.");
    }

    [GeneratedRegex("^Pay")]
    private static partial Regex PayButton();
}
