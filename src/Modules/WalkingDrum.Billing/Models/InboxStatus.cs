namespace WalkingDrum.Billing.Models;

/// <summary>Where a received Stripe event stands.</summary>
public enum InboxStatus
{
    /// <summary>Stored and waiting for (another) processing attempt.</summary>
    Pending,

    /// <summary>Every handler ran and committed.</summary>
    Processed,

    /// <summary>Gave up after the last retry; shown to the merchant, can be retried by hand.</summary>
    Failed,
}
