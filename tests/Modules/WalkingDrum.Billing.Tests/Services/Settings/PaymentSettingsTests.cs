using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Settings;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Core.Data;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Settings;

/// <summary>Keys are checked before saving, stored encrypted, and belong to their shop alone.</summary>
[Collection(AppCollection.Name)]
public sealed class PaymentSettingsTests(BillingApp app)
{
    [Fact]
    public async Task Saved_keys_are_encrypted_at_rest_and_shown_only_as_a_hint()
    {
        var (shop, webhookSecret) = await PaymentShops.CreateWithKeysAsync(app);

        var row = await app.InShopAsync(shop.Tenant, db => db.Set<PaymentSettings>().AsNoTracking().SingleAsync());
        Assert.DoesNotContain(PaymentShops.TestSecretKey, row.SecretKeyProtected, StringComparison.Ordinal);
        Assert.DoesNotContain(webhookSecret, row.WebhookSecretProtected, StringComparison.Ordinal);
        Assert.Equal("sk_test_…0000", row.SecretKeyHint);

        PaymentSettingsView? view = null;
        await PaymentShops.InShopAsync(app, shop.Tenant, async services =>
            view = await services.GetRequiredService<PaymentSettingsService>().GetAsync(CancellationToken.None));
        Assert.False(view!.UsesSandbox);
        Assert.True(view.IsTest);
        Assert.True(view.HasWebhookSecret);
    }

    [Fact]
    public async Task A_protected_key_copied_into_another_shop_does_not_decrypt_there()
    {
        var (a, _) = await PaymentShops.CreateWithKeysAsync(app);
        var b = await app.CreateShopAsync();
        var stolen = await app.InShopAsync(a.Tenant, db => db.Set<PaymentSettings>().AsNoTracking().Select(s => s.SecretKeyProtected).SingleAsync());
        var secrets = app.Services.GetRequiredService<StripeSecrets>();

        Assert.Equal(PaymentShops.TestSecretKey, secrets.Unprotect(a.Tenant.Id, stolen!));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => secrets.Unprotect(b.Tenant.Id, stolen!));
    }

    [Fact]
    public async Task A_shop_without_keys_uses_the_sandbox_and_never_sees_another_shops_keys()
    {
        await PaymentShops.CreateWithKeysAsync(app);
        var shop = await app.CreateShopAsync();

        var account = await app.InShopAsync(shop.Tenant, async db =>
            await app.Services.GetRequiredService<StripeAccounts>().GetAsync(db, shop.Tenant.Id, CancellationToken.None));

        Assert.True(account.IsSandbox);
        Assert.True(account.IsTest);
        Assert.Equal(StripeAccount.SandboxKeyOf(shop.Tenant.Id), account.SecretKey);
        Assert.Null(account.WebhookSecret);
    }

    public static TheoryData<string?, string?, string?, string> BadInput => new()
    {
        { null, null, "whsec_0123456789abcdef", nameof(PaymentSettingsInput.SecretKey) },
        { "pk_test_0123456789abcdef", null, "whsec_0123456789abcdef", nameof(PaymentSettingsInput.SecretKey) },
        { "sk_test_short", null, "whsec_0123456789abcdef", nameof(PaymentSettingsInput.SecretKey) },
        { "sk_test_0123456789 abcdef", null, "whsec_0123456789abcdef", nameof(PaymentSettingsInput.SecretKey) },
        { "sk_test_" + new string('a', 400), null, "whsec_0123456789abcdef", nameof(PaymentSettingsInput.SecretKey) },
        { "sk_test_0123456789abcdef", "sk_test_0123456789abcdef", "whsec_0123456789abcdef", nameof(PaymentSettingsInput.PublishableKey) },
        { "sk_test_0123456789abcdef", "pk_live_0123456789abcdef", "whsec_0123456789abcdef", nameof(PaymentSettingsInput.PublishableKey) },
        { "sk_live_0123456789abcdef", null, null, nameof(PaymentSettingsInput.WebhookSecret) },
        { "sk_live_0123456789abcdef", null, "wh_0123456789abcdef", nameof(PaymentSettingsInput.WebhookSecret) },
        { "<script>alert(1)</script>", null, "whsec_0123456789abcdef", nameof(PaymentSettingsInput.SecretKey) },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_keys_get_a_message_for_their_field_and_nothing_is_saved(string? secretKey, string? publishableKey, string? webhookSecret, string field)
    {
        var shop = await app.CreateShopAsync();
        IReadOnlyDictionary<string, string>? errors = null;

        await PaymentShops.InShopAsync(app, shop.Tenant, async services =>
            errors = await services.GetRequiredService<PaymentSettingsService>().SaveAsync(
                new PaymentSettingsInput { SecretKey = secretKey, PublishableKey = publishableKey, WebhookSecret = webhookSecret }, CancellationToken.None));

        Assert.Contains(field, errors!.Keys);
        Assert.False(await app.InShopAsync(shop.Tenant, db => db.Set<PaymentSettings>().AnyAsync()));
    }

    [Fact]
    public async Task Blank_secrets_keep_the_saved_ones_and_removing_the_keys_returns_to_the_sandbox()
    {
        var (shop, webhookSecret) = await PaymentShops.CreateWithKeysAsync(app);
        var accounts = app.Services.GetRequiredService<StripeAccounts>();

        await PaymentShops.InShopAsync(app, shop.Tenant, async services =>
        {
            var settings = services.GetRequiredService<PaymentSettingsService>();
            Assert.Empty(await settings.SaveAsync(new PaymentSettingsInput { PublishableKey = "pk_test_0123456789abcdef" }, CancellationToken.None));
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            var kept = await accounts.GetAsync(db, shop.Tenant.Id, CancellationToken.None);
            Assert.Equal(PaymentShops.TestSecretKey, kept.SecretKey);
            Assert.Equal(webhookSecret, kept.WebhookSecret);

            await settings.UseSandboxAsync(CancellationToken.None);
            Assert.True((await accounts.GetAsync(db, shop.Tenant.Id, CancellationToken.None)).IsSandbox);
        });
    }
}
