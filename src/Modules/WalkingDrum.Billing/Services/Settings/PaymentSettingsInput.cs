namespace WalkingDrum.Billing.Services.Settings;

/// <summary>What the merchant typed on the payments page. Blank secrets keep the saved ones.</summary>
public sealed class PaymentSettingsInput
{
    public string? SecretKey { get; set; }

    public string? PublishableKey { get; set; }

    public string? WebhookSecret { get; set; }
}

/// <summary>The saved settings as the payments page shows them (secrets only as hints).</summary>
public sealed record PaymentSettingsView(
    bool UsesSandbox,
    bool IsTest,
    string? SecretKeyHint,
    string? PublishableKey,
    bool HasWebhookSecret,
    DateTimeOffset? UpdatedAt);
