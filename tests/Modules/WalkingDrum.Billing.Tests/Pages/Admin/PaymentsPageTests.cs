using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Billing.Tests.Pages.Admin;

/// <summary>The payments page: owner only, inline errors, nothing saved from bad input.</summary>
[Collection(AppCollection.Name)]
public sealed class PaymentsPageTests(BillingApp app)
{
    private const string Page = "admin/payments";

    [Fact]
    public async Task A_new_shop_is_in_test_mode_and_shows_where_stripe_should_send_webhooks()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var html = await owner.GetStringAsync(Page);

        Assert.Contains("Test mode (sandbox)", html, StringComparison.Ordinal);
        Assert.Contains($"/s/{shop.Name}/stripe/webhook", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_keys_are_marked_inline_and_nothing_is_saved()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var response = await Forms.PostAsync(owner, Page,
            [new("Input.SecretKey", "pk_live_wrong-kind-of-key"), new("Input.PublishableKey", "nope"), new("Input.WebhookSecret", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_SecretKey-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_PublishableKey-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_WebhookSecret-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.False(await app.InShopAsync(shop.Tenant, db => db.Set<PaymentSettings>().AnyAsync()));
    }

    [Fact]
    public async Task Good_keys_are_saved_and_the_page_shows_only_their_hint()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var response = await Forms.PostAsync(owner, Page,
            [new("Input.SecretKey", PaymentShops.TestSecretKey), new("Input.WebhookSecret", "whsec_0123456789abcdef0123")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode(await owner.GetStringAsync(Page));
        Assert.Contains("Stripe, test mode.", html, StringComparison.Ordinal);
        Assert.Contains("sk_test_…0000", html, StringComparison.Ordinal);
        Assert.DoesNotContain(PaymentShops.TestSecretKey, html, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_0123456789abcdef0123", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_and_customers_cannot_see_or_change_the_keys()
    {
        var (shop, _) = await PaymentShops.CreateWithKeysAsync(app);
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        var token = await Forms.TokenAsync(staff, "admin");

        var view = await staff.GetAsync(Page);
        var change = await staff.PostAsync(Page, new FormUrlEncodedContent(
            [new(Forms.TokenField, token), new("Input.SecretKey", "sk_live_staff-was-here-0000000")]));
        var anonymous = await shop.Client().GetAsync(Page);

        foreach (var response in new[] { view, change })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        var hint = await app.InShopAsync(shop.Tenant, db => db.Set<PaymentSettings>().Select(s => s.SecretKeyHint).SingleAsync());
        Assert.Equal("sk_test_…0000", hint);
    }
}
