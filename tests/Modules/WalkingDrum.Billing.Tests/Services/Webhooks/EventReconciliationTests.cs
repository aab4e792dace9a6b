using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Billing.Services.Webhooks;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Webhooks;

/// <summary>Events whose every delivery failed are pulled from the Events API and processed once.</summary>
public sealed class EventReconciliationTests(KestrelBillingApp app) : IClassFixture<KestrelBillingApp>
{
    private HandlerLog Log => app.Services.GetRequiredService<HandlerLog>();

    [Fact]
    public async Task A_payment_whose_webhooks_were_all_refused_is_recorded_once_by_reconciliation()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var session = await SandboxShopper.StartAsync(app, shop, SandboxShopper.Request(shop, "draft-r", "checkout-draft-r"));
        await BreakWebhookSecretAsync(shop);

        using (await SandboxCards.PayAsync(session.Url, SandboxCards.Visa))
        {
        }

        await SandboxControls.WaitForRefusedDeliveriesAsync(app, shop);
        Assert.Empty(Log.CompletionsOf(shop.Tenant.Id));
        Assert.False(await app.InShopAsync(shop.Tenant, db => db.Set<StripeInboxEvent>().AnyAsync(e => e.TenantId == shop.Tenant.Id)));

        var pulled = await ReconcileAsync(shop);
        var completion = await Log.WaitForCompletionAsync(shop.Tenant.Id, session.SessionId);
        var pulledAgain = await ReconcileAsync(shop);

        Assert.True(pulled >= 3, $"Expected the session, payment and charge events; pulled {pulled}.");
        Assert.Equal(0, pulledAgain);
        Assert.Equal("draft-r", completion.Reference);
        Assert.Single(Log.CompletionsOf(shop.Tenant.Id));
    }

    private async Task BreakWebhookSecretAsync(TestShop shop)
    {
        var secrets = app.Services.GetRequiredService<StripeSecrets>();
        await app.InShopAsync(shop.Tenant, db => db.Set<PaymentSettings>()
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.SandboxWebhookSecretProtected, secrets.Protect(shop.Tenant.Id, "whsec_not-what-the-sandbox-signs-with"))));
        app.Services.GetRequiredService<StripeAccounts>().Forget(shop.Tenant.Id);
    }

    private Task<int> ReconcileAsync(TestShop shop) =>
        SandboxShopper.AsStorefrontRequestAsync(app, shop, services => StripeEventReconciler.ReconcileAsync(services, CancellationToken.None));

}
