using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Services.Stripe;

namespace WalkingDrum.Testing;

/// <summary>The embedded sandbox's test controls for a shop's account: its deliveries and injected faults.</summary>
public static class SandboxControls
{
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
