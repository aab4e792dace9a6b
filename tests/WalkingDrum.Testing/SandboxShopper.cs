using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Services.Stripe;
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

    /// <summary>Fills in the sandbox's hosted payment page with a card and submits it.</summary>
    public static async Task<HttpResponseMessage> PayAsync(Uri page, string cardNumber)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        return await browser.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["card_number"] = cardNumber,
            ["card_expiry"] = "12 / 34",
            ["card_cvc"] = "123",
            ["cardholder_name"] = "Ada Lovelace",
        }));
    }

    /// <summary>
    /// Waits until the sandbox has delivered every copy of every event of the shop's account
    /// (none pending), and fails if any delivery was refused.
    /// </summary>
    public static async Task WaitForDeliveriesAsync(WalkingDrumApp app, TestShop shop)
    {
        using var client = await SandboxClientAsync(app, shop);
        for (var i = 0; i < 300; i++)
        {
            var deliveries = await DeliveriesAsync(client);
            var states = deliveries.Select(d => d.GetProperty("state").GetString()).ToList();
            if (states.Contains("failed"))
            {
                throw new InvalidOperationException("A sandbox delivery failed.");
            }

            if (states.Count > 0 && states.All(state => state == "delivered"))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The sandbox still had deliveries pending.");
    }

    /// <summary>Waits until every delivery of the shop's account was tried at least once and refused.</summary>
    public static async Task WaitForRefusedDeliveriesAsync(WalkingDrumApp app, TestShop shop)
    {
        using var client = await SandboxClientAsync(app, shop);
        for (var i = 0; i < 300; i++)
        {
            var deliveries = await DeliveriesAsync(client);
            if (deliveries.Count > 0 && deliveries.All(d => d.GetProperty("attempts").GetInt32() > 0))
            {
                if (deliveries.Any(d => d.GetProperty("state").GetString() == "delivered"))
                {
                    throw new InvalidOperationException("A delivery was accepted.");
                }

                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The sandbox did not try its deliveries.");
    }

    /// <summary>Makes the sandbox answer the shop's next <paramref name="count"/> requests under a path with <paramref name="status"/>.</summary>
    public static async Task InjectFaultAsync(WalkingDrumApp app, TestShop shop, int status, int count, string pathPrefix)
    {
        using var client = await SandboxClientAsync(app, shop);
        using var response = await client.PostAsync("/_sandbox/faults", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["path_prefix"] = pathPrefix,
        }));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The sandbox refused the fault: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<List<System.Text.Json.JsonElement>> DeliveriesAsync(HttpClient client)
    {
        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/_sandbox/deliveries"));
        return [.. document.RootElement.GetProperty("data").EnumerateArray().Select(d => d.Clone())];
    }

    /// <summary>A client of the shop's sandbox account, for the sandbox's API and test controls.</summary>
    public static async Task<HttpClient> SandboxClientAsync(WalkingDrumApp app, TestShop shop)
    {
        var apiBase = await app.Services.GetRequiredService<StripeSandboxAddress>().GetAsync(CancellationToken.None);
        var client = new HttpClient { BaseAddress = apiBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StripeAccount.SandboxKeyOf(shop.Tenant.Id));
        return client;
    }
}
