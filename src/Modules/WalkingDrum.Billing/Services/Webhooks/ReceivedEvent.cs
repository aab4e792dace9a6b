using System.Text.Json;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>The fields of a Stripe event the inbox keys and orders by, and the payload as sent.</summary>
public sealed record ReceivedEvent(string Id, string Type, long CreatedUnix, bool Livemode, string Payload)
{
    /// <summary>Reads the event envelope; <see langword="null"/> when the payload is not a Stripe event.</summary>
    public static ReceivedEvent? Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("object", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != "event"
                || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 and <= 255 } eventId
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 and <= 100 } eventType
                || !root.TryGetProperty("created", out var created) || created.ValueKind != JsonValueKind.Number || !created.TryGetInt64(out var createdUnix))
            {
                return null;
            }

            var livemode = root.TryGetProperty("livemode", out var live) && live.ValueKind == JsonValueKind.True;
            return new ReceivedEvent(eventId, eventType, createdUnix, livemode, payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
