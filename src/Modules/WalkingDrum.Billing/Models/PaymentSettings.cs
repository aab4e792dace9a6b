using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Models;

/// <summary>
/// A shop's Stripe account. Without a secret key the shop pays into the embedded sandbox. Keys
/// and webhook secrets are stored only in protected (encrypted) form.
/// </summary>
public sealed class PaymentSettings : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>The Stripe secret or restricted key, protected; <see langword="null"/> in sandbox mode.</summary>
    public string? SecretKeyProtected { get; set; }

    /// <summary>Shown to the merchant instead of the key: its prefix and last four characters.</summary>
    public string? SecretKeyHint { get; set; }

    /// <summary>Publishable keys are public by design and kept in the clear.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>The signing secret of the merchant's webhook endpoint in Stripe, protected.</summary>
    public string? WebhookSecretProtected { get; set; }

    /// <summary>The sandbox webhook endpoint registered for this shop, and where it delivers.</summary>
    public string? SandboxWebhookId { get; set; }

    public string? SandboxWebhookUrl { get; set; }

    /// <summary>The sandbox endpoint's signing secret, protected.</summary>
    public string? SandboxWebhookSecretProtected { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
