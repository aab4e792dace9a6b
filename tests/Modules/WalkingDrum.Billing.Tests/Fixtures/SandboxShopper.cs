using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using WalkingDrum.Testing;

namespace WalkingDrum.Billing.Tests.Fixtures;

/// <summary>Checkouts on the sandbox: opened as a storefront request would, paid as a browser would.</summary>
public static class SandboxShopper
{
    public static HostedCheckoutRequest Request(TestShop shop, string reference, string idempotencyKey) => new(
        reference,
        idempotencyKey,
        [new HostedCheckoutLine("Kenya AA — 250 g", new Amount(1800, "USD"), 2), new HostedCheckoutLine("Shipping", new Amount(500, "USD"), 1)],
        "shopper@example.com",
        new Uri($"http://127.0.0.1/s/{shop.Name}/checkout/done?session={{CHECKOUT_SESSION_ID}}"),
        new Uri($"http://127.0.0.1/s/{shop.Name}/cart"),
        new Dictionary<string, string> { ["cart"] = reference });

    /// <summary>Runs <paramref name="work"/> in the shop's scope as if a storefront request at the app's real address were being served.</summary>
    public static async Task<T> AsStorefrontRequestAsync<T>(KestrelBillingApp app, TestShop shop, Func<IServiceProvider, Task<T>> work)
    {
        var address = app.KestrelAddress!;
        T result = default!;
        await PaymentShops.InShopAsync(app, shop.Tenant, async services =>
        {
            var accessor = services.GetRequiredService<IHttpContextAccessor>();
            var http = new DefaultHttpContext { RequestServices = services };
            http.Request.Scheme = address.Scheme;
            http.Request.Host = new HostString(address.Host, address.Port);
            http.Request.PathBase = $"/s/{shop.Name}";
            accessor.HttpContext = http;
            try
            {
                result = await work(services);
            }
            finally
            {
                accessor.HttpContext = null;
            }
        });
        return result;
    }

    /// <summary>Opens a hosted checkout for the shop, as its storefront's checkout would.</summary>
    public static Task<HostedCheckoutSession> StartAsync(KestrelBillingApp app, TestShop shop, HostedCheckoutRequest request) =>
        AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<IHostedCheckout>().StartAsync(request, CancellationToken.None));
}
