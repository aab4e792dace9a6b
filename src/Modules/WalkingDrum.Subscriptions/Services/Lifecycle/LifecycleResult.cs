using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// The outcome of one lifecycle operation: applied (with the timeline entry it wrote and any
/// money the caller must now move), or refused with a message for the person who asked, in which
/// case the subscription was not changed at all.
/// </summary>
public sealed record LifecycleResult
{
    /// <summary>Why the operation was refused; null when it was applied.</summary>
    public string? Refusal { get; init; }

    public bool Succeeded => Refusal is null;

    /// <summary>The timeline entry written; null for refusals and previews.</summary>
    public SubscriptionEvent? Event { get; init; }

    /// <summary>For plan changes: the proration and what it means now.</summary>
    public PlanChangeQuote? PlanChange { get; init; }

    /// <summary>For cancelling now with a refund: what to pay back to the subscriber.</summary>
    public Amount? Refund { get; init; }

    public static LifecycleResult Refused(string message) => new() { Refusal = message };
}
