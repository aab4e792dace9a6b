using System.Text.Json;

namespace WalkingDrum.Tenants.Models;

/// <summary>Store details a merchant edits; stored as JSON on the tenant row.</summary>
public sealed record TenantSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Tagline { get; init; } = "";

    /// <summary>ISO 4217 code of the store's prices.</summary>
    public string Currency { get; init; } = "USD";

    public string ContactEmail { get; init; } = "";

    public static TenantSettings Parse(string json) =>
        JsonSerializer.Deserialize<TenantSettings>(json, Json) ?? new TenantSettings();

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
