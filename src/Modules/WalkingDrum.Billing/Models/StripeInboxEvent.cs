namespace WalkingDrum.Billing.Models;

/// <summary>
/// One Stripe event a shop received, stored before it is acknowledged and processed later, once.
/// The key (shop, event id) is what makes duplicate deliveries harmless. This is a platform table
/// (like a queue, it is claimed across shops by the processor), so it has no tenant query filter;
/// handlers still run inside the owning shop's scope.
/// </summary>
public sealed class StripeInboxEvent
{
    public Guid TenantId { get; set; }

    /// <summary>Stripe's event id (<c>evt_…</c>).</summary>
    public string EventId { get; set; } = "";

    /// <summary>Stripe's event type, e.g. <c>checkout.session.completed</c>.</summary>
    public string Type { get; set; } = "";

    /// <summary>Stripe's <c>created</c> (unix seconds).</summary>
    public long CreatedUnix { get; set; }

    public bool Livemode { get; set; }

    /// <summary>The event exactly as Stripe sent it.</summary>
    public string Payload { get; set; } = "";

    public InboxStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Unix milliseconds (comparable on every provider): when this event was stored.</summary>
    public long ReceivedAtMs { get; set; }

    /// <summary>Unix milliseconds: not to be tried before this.</summary>
    public long NextAttemptAtMs { get; set; }

    /// <summary>The node working on the event, and until when its claim holds.</summary>
    public string? LeaseOwner { get; set; }

    public long LeaseUntilMs { get; set; }

    /// <summary>The last failure, for the merchant and the logs.</summary>
    public string? LastError { get; set; }

    public long? ProcessedAtMs { get; set; }
}
