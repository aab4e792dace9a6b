using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Services.Settings;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Billing.Tests.Fixtures;

/// <summary>Shops with Stripe keys saved, and deliveries to their webhook receiver.</summary>
public static class PaymentShops
{
    public const string TestSecretKey = "sk_test_51WalkingDrumTestKey000000000";

    /// <summary>Opens a shop and saves test keys with a webhook secret of its own.</summary>
    public static async Task<(TestShop Shop, string WebhookSecret)> CreateWithKeysAsync(WalkingDrumApp app)
    {
        var shop = await app.CreateShopAsync();
        var secret = "whsec_" + Guid.NewGuid().ToString("N");
        await InShopAsync(app, shop.Tenant, async services =>
        {
            var errors = await services.GetRequiredService<PaymentSettingsService>().SaveAsync(
                new PaymentSettingsInput { SecretKey = TestSecretKey, WebhookSecret = secret }, CancellationToken.None);
            Assert.Empty(errors);
        });
        return (shop, secret);
    }

    public static Task InShopAsync(WalkingDrumApp app, TenantInfo tenant, Func<IServiceProvider, Task> work) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, work);

    /// <summary>POSTs a delivery to the shop's webhook receiver the way Stripe does.</summary>
    public static async Task<HttpResponseMessage> DeliverAsync(TestShop shop, string payload, string? signature)
    {
        using var content = new StringContent(payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "stripe/webhook") { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        using var client = shop.Client();
        return await client.SendAsync(request);
    }
}
