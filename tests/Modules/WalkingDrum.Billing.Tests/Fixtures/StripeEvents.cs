using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stripe;

namespace WalkingDrum.Billing.Tests.Fixtures;

/// <summary>Stripe event payloads and their signatures, as Stripe sends them.</summary>
public static class StripeEvents
{
    public static string Id() => "evt_" + Guid.NewGuid().ToString("N")[..24];

    /// <summary>A <c>checkout.session.completed</c> for a paid session.</summary>
    public static string CheckoutCompleted(string eventId, string sessionId, string reference, long amount, string email) =>
        Envelope(eventId, EventTypes.CheckoutSessionCompleted, new Dictionary<string, object?>
        {
            ["id"] = sessionId,
            ["object"] = "checkout.session",
            ["mode"] = "payment",
            ["status"] = "complete",
            ["payment_status"] = "paid",
            ["payment_intent"] = "pi_" + sessionId[3..],
            ["amount_total"] = amount,
            ["amount_subtotal"] = amount,
            ["currency"] = "usd",
            ["client_reference_id"] = reference,
            ["customer_details"] = new Dictionary<string, object?> { ["email"] = email },
            ["metadata"] = new Dictionary<string, string> { ["wd_reference"] = reference },
            ["livemode"] = false,
        });

    /// <summary>An event only the tests' probe handler reacts to.</summary>
    public static string Probe(string eventId) =>
        Envelope(eventId, "test.probe", new Dictionary<string, object?> { ["id"] = "cus_probe", ["object"] = "customer" });

    public static string Envelope(string eventId, string type, Dictionary<string, object?> dataObject) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = StripeConfiguration.ApiVersion,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["data"] = new Dictionary<string, object?> { ["object"] = dataObject },
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new Dictionary<string, object?> { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        });

    /// <summary>The <c>Stripe-Signature</c> header for <paramref name="payload"/> signed at <paramref name="at"/>.</summary>
    public static string Sign(string payload, string secret, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
