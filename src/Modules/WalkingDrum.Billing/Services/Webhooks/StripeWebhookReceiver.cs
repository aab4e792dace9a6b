using Stripe;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>What became of a delivery.</summary>
public enum WebhookOutcome
{
    /// <summary>Stored for processing.</summary>
    Stored,

    /// <summary>A copy of an event already stored; acknowledged and ignored.</summary>
    Duplicate,

    /// <summary>The shop has no signing secret to check the delivery with.</summary>
    NoSecret,

    /// <summary>Missing, wrong or stale signature.</summary>
    BadSignature,

    /// <summary>Signed correctly but not a Stripe event.</summary>
    NotAnEvent,
}

/// <summary>
/// Checks a delivery's signature against the current shop's secret (at most 300 s old), then
/// stores it in the inbox. Nothing is stored unless the signature holds; processing happens later.
/// </summary>
public sealed class StripeWebhookReceiver(
    StripeAccounts accounts,
    StripeInbox inbox,
    WalkingDrumDbContext db,
    ITenantContext tenant,
    TimeProvider clock)
{
    /// <summary>Stripe's own default: deliveries older than this are refused (replay protection).</summary>
    public const long ToleranceSeconds = 300;

    public async Task<WebhookOutcome> ReceiveAsync(string payload, string? signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var account = await accounts.GetAsync(db, tenant.TenantId, cancellationToken);
        if (account.WebhookSecret is not { Length: > 0 } secret)
        {
            return WebhookOutcome.NoSecret;
        }

        if (string.IsNullOrWhiteSpace(signature))
        {
            return WebhookOutcome.BadSignature;
        }

        try
        {
            EventUtility.ValidateSignature(payload, signature, secret, ToleranceSeconds, clock.GetUtcNow().ToUnixTimeSeconds());
        }
        catch (StripeException)
        {
            return WebhookOutcome.BadSignature;
        }

        if (ReceivedEvent.Parse(payload) is not { } received)
        {
            return WebhookOutcome.NotAnEvent;
        }

        return await inbox.StoreAsync(tenant.TenantId, received, cancellationToken) ? WebhookOutcome.Stored : WebhookOutcome.Duplicate;
    }
}
