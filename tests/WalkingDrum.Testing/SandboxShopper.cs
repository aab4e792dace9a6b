using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Testing;

/// <summary>Checkouts on the sandbox: opened as a storefront request would, paid as a browser would.</summary>
public static class SandboxShopper
{
    /// <summary>What <see cref="Request"/> asks the shopper to pay: two bags at 18.00 and 5.00 shipping.</summary>
    public const long RequestTotalMinor = 4100;

    // An app on the test server has no address the sandbox can post to: its webhook is registered
    // at a loopback port nothing listens on, so events stay with the sandbox, undelivered.
    private static readonly Lazy<Uri> Unreachable = new(() =>
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    });

    public static HostedCheckoutRequest Request(TestShop shop, string reference, string idempotencyKey, string currency = "USD") => new(
        reference,
        idempotencyKey,
        [new HostedCheckoutLine("Kenya AA — 250 g", new Amount(1800, currency), 2), new HostedCheckoutLine("Shipping", new Amount(500, currency), 1)],
        "shopper@example.com",
        new Uri($"http://127.0.0.1/s/{shop.Name}/checkout/done?session={{CHECKOUT_SESSION_ID}}"),
        new Uri($"http://127.0.0.1/s/{shop.Name}/cart"),
        new Dictionary<string, string> { ["cart"] = reference });

    /// <summary>
    /// Runs <paramref name="work"/> in the shop's scope as if a storefront request were being served
    /// at the app's real address (or, on the test server, at an address nothing listens on).
    /// </summary>
    public static async Task<T> AsStorefrontRequestAsync<T>(WalkingDrumApp app, TestShop shop, Func<IServiceProvider, Task<T>> work)
    {
        var address = app.KestrelAddress ?? Unreachable.Value;
        T result = default!;
        await app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, async services =>
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
    public static Task<HostedCheckoutSession> StartAsync(WalkingDrumApp app, TestShop shop, HostedCheckoutRequest request) =>
        AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<IHostedCheckout>().StartAsync(request, CancellationToken.None));
}
