using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Schedule;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// Cancelling and coming back. A shopper is held to the plan's minimum cycles once the trial is
/// over; the merchant is not. A trial may always be canceled, which is what a trial is for.
/// </summary>
public sealed partial class SubscriptionLifecycle
{
    /// <summary>Stops renewing: the subscription ends when the paid time is over (the runner calls <see cref="PeriodEnded"/>).</summary>
    public LifecycleResult CancelAtPeriodEnd(Subscription subscription, string? reason, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active, SubscriptionStatus.Trialing, SubscriptionStatus.Paused)
            ?? (subscription.CancelAtPeriodEnd ? "The subscription is already set to cancel." : null)
            ?? RefuseReason(reason)
            ?? RequireMinimumCycles(subscription, actor);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        subscription.CancelAtPeriodEnd = true;
        (subscription.CanceledAt, subscription.CancelReason) = (Now, Clean(reason));
        if (subscription.PrepaidCyclesRemaining == 0)
        {
            subscription.NextBillingAt = null;
        }

        var end = subscription.PrepaidCyclesRemaining > 0 ? subscription.PaidThrough : subscription.CurrentPeriodEnd;
        return Record(subscription, SubscriptionEventKind.CancelScheduled, actor, $"Will cancel on {Day(end)}{Because(subscription.CancelReason)}.");
    }

    /// <summary>
    /// Ends the subscription and its access now. With <paramref name="refund"/>, the result's
    /// <see cref="LifecycleResult.Refund"/> is the unused share of what was paid for the current
    /// period plus any prepaid cycles, for the caller to pay back.
    /// </summary>
    public LifecycleResult CancelNow(Subscription subscription, string? reason, bool refund, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active, SubscriptionStatus.Trialing, SubscriptionStatus.Paused,
                SubscriptionStatus.PastDue, SubscriptionStatus.Unpaid)
            ?? RefuseReason(reason)
            ?? RequireMinimumCycles(subscription, actor);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var now = Now;
        var payBack = refund ? Refundable(subscription, now) : Amount.Zero(subscription.Currency);
        EndNow(subscription, now, Clean(reason));
        var money = payBack.MinorUnits > 0 ? $"; {payBack.ToDisplayString()} to refund" : "";
        var result = Record(subscription, SubscriptionEventKind.Canceled, actor, $"Canceled{Because(subscription.CancelReason)}{money}.");
        return result with { Refund = payBack };
    }

    /// <summary>
    /// Undoes a cancellation set for the period end; or restarts a canceled or expired subscription
    /// from now on the saved card (its renewal is due at once, and minimum and maximum cycles count afresh).
    /// </summary>
    public LifecycleResult Reactivate(Subscription subscription, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.CancelAtPeriodEnd && !subscription.HasEnded)
        {
            subscription.CancelAtPeriodEnd = false;
            (subscription.CanceledAt, subscription.CancelReason) = (null, null);
            subscription.NextBillingAt ??= subscription.Status == SubscriptionStatus.Paused ? subscription.ResumeAt : subscription.CurrentPeriodEnd;
            return Record(subscription, SubscriptionEventKind.CancelUndone, actor,
                $"No longer canceling; the next renewal is on {Day(subscription.NextBillingAt!.Value)}.");
        }

        var refusal = !subscription.HasEnded ? $"The subscription is {Describe(subscription.Status)}, not canceled."
            : subscription.PaymentMethodId is null ? "Add a card before restarting the subscription."
            : null;
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var now = Now;
        subscription.Status = SubscriptionStatus.Active;
        (subscription.CanceledAt, subscription.CancelReason, subscription.EndedAt) = (null, null, null);
        (subscription.CyclesBilled, subscription.PrepaidCyclesRemaining, subscription.CurrentPeriodPaidMinor) = (0, 0, 0);
        (subscription.FailedAttempts, subscription.NextRetryAt, subscription.SkipNextRenewal) = (0, null, false);
        if (subscription.IsGift)
        {
            subscription.GiftConvertedAt ??= now;
        }

        subscription.NextBillingAt = now;
        return Record(subscription, SubscriptionEventKind.Reactivated, actor, "Restarted; the first renewal is charged now.");
    }

    private static void EndNow(Subscription subscription, DateTimeOffset now, string? reason)
    {
        subscription.Status = SubscriptionStatus.Canceled;
        (subscription.CanceledAt, subscription.EndedAt, subscription.CancelReason) = (now, now, reason);
        subscription.PaidThrough = subscription.PaidThrough < now ? subscription.PaidThrough : now;
        (subscription.NextBillingAt, subscription.NextRetryAt, subscription.CancelAtPeriodEnd) = (null, null, false);
        (subscription.SkipNextRenewal, subscription.PrepaidCyclesRemaining) = (false, 0);
        ClearPause(subscription);
    }

    private static Amount Refundable(Subscription subscription, DateTimeOffset now)
    {
        var unused = now >= subscription.CurrentPeriodStart && now < subscription.CurrentPeriodEnd
            ? Proration.UnusedShare(subscription.CurrentPeriodPaid, subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd, now)
            : Amount.Zero(subscription.Currency);
        return unused + (subscription.CurrentPeriodPaid * subscription.PrepaidCyclesRemaining);
    }

    private string? RequireMinimumCycles(Subscription subscription, SubscriptionActor actor)
    {
        if (actor != SubscriptionActor.Shopper || subscription.Status == SubscriptionStatus.Trialing
            || subscription.CyclesBilled >= subscription.MinimumCycles)
        {
            return null;
        }

        var earliest = CycleAfter(subscription, subscription.CurrentPeriodEnd, subscription.MinimumCycles - subscription.CyclesBilled - 1);
        return $"This plan runs for at least {subscription.MinimumCycles} cycles; you can cancel from {Day(earliest)}.";
    }

    private static string? RefuseReason(string? reason) =>
        reason?.Trim().Length > Subscription.MaxCancelReasonLength ? $"Keep the reason to {Subscription.MaxCancelReasonLength} characters." : null;

    private static string? Clean(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    private static string Because(string? reason) => reason is null ? "" : $" (reason: {reason})";
}
