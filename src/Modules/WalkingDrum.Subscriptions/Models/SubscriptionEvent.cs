using WalkingDrum.Core.Data;

namespace WalkingDrum.Subscriptions.Models;

/// <summary>One entry of a subscription's timeline. Entries are only ever appended, never edited.</summary>
public sealed class SubscriptionEvent : ITenantOwned
{
    public const int MaxTextLength = 500;

    public Guid TenantId { get; set; }

    public Guid SubscriptionId { get; init; }

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>
    /// The subscription's <see cref="Subscription.Version"/> this entry produced: unique per subscription
    /// and increasing, so it orders the timeline even when entries share a second.
    /// </summary>
    public int SubscriptionVersion { get; init; }

    public DateTimeOffset At { get; init; }

    public SubscriptionEventKind Kind { get; init; }

    /// <summary>A short sentence for the merchant and the subscriber ("Skipped the renewal of 3 May 2026.").</summary>
    public required string Text { get; init; }

    public SubscriptionActor Actor { get; init; }
}
