using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Testing;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>Shops of the app served by Kestrel, where the sandbox's webhooks arrive over real HTTP.</summary>
public static class KestrelShops
{
    /// <summary>The shop at the app's real address, so the payment page returns the shopper there and the sandbox delivers there.</summary>
    public static HttpClient Client(WalkingDrumApp app, TestShop shop) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.KestrelAddress!, $"s/{shop.Name}/"),
        };

    /// <summary>Waits until every delivered copy has been processed (or found a duplicate), so no event of the shop is still at work.</summary>
    public static async Task InboxDrainedAsync(WalkingDrumApp app, TestShop shop)
    {
        for (var i = 0; i < 150; i++)
        {
            var pending = await app.InShopAsync(shop.Tenant, db => db.Set<StripeInboxEvent>()
                .CountAsync(e => e.TenantId == shop.Tenant.Id && e.Status != InboxStatus.Processed));
            if (pending == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The inbox still had unprocessed events.");
    }

    /// <summary>Waits until the sandbox delivered every copy of every event of the shop and the inbox processed them.</summary>
    public static async Task SettledAsync(WalkingDrumApp app, TestShop shop)
    {
        await SandboxControls.WaitForDeliveriesAsync(app, shop);
        await InboxDrainedAsync(app, shop);
    }
}
