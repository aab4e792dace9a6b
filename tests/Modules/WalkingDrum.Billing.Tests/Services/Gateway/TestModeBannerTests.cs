using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Services.Settings;
using WalkingDrum.Billing.Tests.Fixtures;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Gateway;

/// <summary>The storefront says so whenever no real money can move, and stops saying so at once when it can.</summary>
[Collection(AppCollection.Name)]
public sealed class TestModeBannerTests(BillingApp app)
{
    private const string Banner = "class=\"test-mode-banner\"";

    [Fact]
    public async Task A_sandbox_shop_shows_the_banner_and_live_keys_remove_it_from_cached_pages_at_once()
    {
        var shop = await app.CreateShopAsync();
        using var shopper = shop.Client();
        Assert.Contains(Banner, await shopper.GetStringAsync(""), StringComparison.Ordinal);
        Assert.Contains(Banner, await shopper.GetStringAsync(""), StringComparison.Ordinal);

        await SaveAsync(shop.Tenant, "sk_live_51WalkingDrumLiveKey00000000");

        Assert.DoesNotContain(Banner, await shopper.GetStringAsync(""), StringComparison.Ordinal);
        Assert.DoesNotContain(Banner, await shopper.GetStringAsync("search?q=x"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stripe_test_keys_keep_the_banner()
    {
        var (shop, _) = await PaymentShops.CreateWithKeysAsync(app);

        Assert.Contains(Banner, await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
    }

    private Task SaveAsync(Core.Tenancy.TenantInfo tenant, string secretKey) =>
        PaymentShops.InShopAsync(app, tenant, async services =>
        {
            var errors = await services.GetRequiredService<PaymentSettingsService>().SaveAsync(
                new PaymentSettingsInput { SecretKey = secretKey, WebhookSecret = "whsec_0123456789abcdef0123" }, CancellationToken.None);
            Assert.Empty(errors);
        });
}
