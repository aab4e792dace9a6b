using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// The billing runner's transitions. A renewal is due at <see cref="Subscription.NextBillingAt"/>
/// (a past-due one at <see cref="Subscription.NextRetryAt"/>): charge <see cref="RenewalCharge.For"/>
/// and report <see cref="RenewalPaid"/> or <see cref="PaymentFailed"/>, or, when the cycle is
/// skipped or prepaid, report <see cref="RenewalSkipped"/>. When nothing renews, the paid time ends
/// with <see cref="PeriodEnded"/>. Each refuses when it is not due, so a repeated call changes nothing.
/// </summary>
public sealed partial class SubscriptionLifecycle
{
    /// <summary>The trial's end: the subscription becomes active and its first renewal is due.</summary>
    public LifecycleResult EndTrial(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = Now;
        var refusal = RequireStatus(subscription, SubscriptionStatus.Trialing)
            ?? (subscription.TrialEndsAt > now ? $"The trial runs until {Day(subscription.TrialEndsAt.Value)}." : null)
            ?? (subscription.NextBillingAt is null ? "This subscription ends with its trial." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        subscription.Status = SubscriptionStatus.Active;
        return Record(subscription, SubscriptionEventKind.TrialEnded, SubscriptionActor.System, "The free trial ended; the first renewal is due.");
    }

    /// <summary>
    /// The due renewal was paid <paramref name="charge"/> (as priced by <see cref="RenewalCharge.For"/>): a new period starts
    /// at the renewal's due moment, the paid time, cycle count, coupon and credit move on, and a
    /// past-due, unpaid, paused or trialing subscription becomes active.
    /// </summary>
    public LifecycleResult RenewalPaid(Subscription subscription, RenewalCharge charge)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(charge);
        var now = Now;
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active, SubscriptionStatus.PastDue, SubscriptionStatus.Unpaid,
                SubscriptionStatus.Paused, SubscriptionStatus.Trialing)
            ?? RequireDue(subscription, now)
            ?? (subscription.SkipNextRenewal || subscription.PrepaidCyclesRemaining > 0 ? "This renewal is skipped or already paid for." : null)
            ?? (charge.Total.Currency != subscription.Currency ? $"The charge must be in {subscription.Currency}." : null)
            ?? (charge.CreditApplied.MinorUnits > subscription.CreditBalanceMinor ? "The charge uses more credit than the balance holds." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var resumed = subscription.Status == SubscriptionStatus.Paused;
        StartPeriod(subscription, subscription.NextBillingAt!.Value);
        subscription.PaidThrough = CycleAfter(subscription, subscription.CurrentPeriodStart, subscription.PrepaidCycles);
        subscription.CyclesBilled++;
        subscription.PrepaidCyclesRemaining = subscription.PrepaidCycles - 1;
        subscription.CurrentPeriodPaidMinor = charge.Total.MinorUnits / subscription.PrepaidCycles;
        subscription.CreditBalanceMinor -= charge.CreditApplied.MinorUnits;
        ConsumeCouponCycle(subscription);
        subscription.Status = SubscriptionStatus.Active;
        (subscription.FailedAttempts, subscription.NextRetryAt) = (0, null);
        ClearPause(subscription);
        var result = Record(subscription, SubscriptionEventKind.Renewed, SubscriptionActor.System,
            $"{(resumed ? "Resumed and renewed" : "Renewed")} for {Day(subscription.CurrentPeriodStart)} – {Day(subscription.PaidThrough)}: charged {charge.Total.ToDisplayString()}.");
        ScheduleNextRenewal(subscription);
        return result;
    }

    /// <summary>
    /// The due renewal needs no charge: the subscriber skipped it (the period moves on without
    /// access), or an earlier charge or gift already paid for this cycle.
    /// </summary>
    public LifecycleResult RenewalSkipped(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = Now;
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active)
            ?? RequireDue(subscription, now)
            ?? (!subscription.SkipNextRenewal && subscription.PrepaidCyclesRemaining == 0 ? "This renewal is neither skipped nor prepaid; it must be charged." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var skipped = subscription.SkipNextRenewal;
        StartPeriod(subscription, subscription.NextBillingAt!.Value);
        LifecycleResult result;
        if (skipped)
        {
            subscription.SkipNextRenewal = false;
            subscription.CurrentPeriodPaidMinor = 0;
            result = Record(subscription, SubscriptionEventKind.RenewalSkipped, SubscriptionActor.System,
                $"Skipped the renewal of {Day(subscription.CurrentPeriodStart)}; the next is on {Day(subscription.CurrentPeriodEnd)}.");
        }
        else
        {
            subscription.PrepaidCyclesRemaining--;
            subscription.CyclesBilled++;
            result = Record(subscription, SubscriptionEventKind.PrepaidCycleStarted, SubscriptionActor.System,
                $"A prepaid cycle started: {Day(subscription.CurrentPeriodStart)} – {Day(subscription.CurrentPeriodEnd)}.");
        }

        ScheduleNextRenewal(subscription);
        return result;
    }

    /// <summary>
    /// Charging the due renewal failed: the subscription is past due and the next retry is taken from
    /// <paramref name="schedule"/> (<see cref="DunningSchedule.Default"/> when null). When no retry is left,
    /// <see cref="Subscription.NextRetryAt"/> is null and the runner calls <see cref="DunningExhausted"/>.
    /// </summary>
    public LifecycleResult PaymentFailed(Subscription subscription, DunningSchedule? schedule = null, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        schedule ??= DunningSchedule.Default;
        var now = Now;
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active, SubscriptionStatus.Trialing, SubscriptionStatus.Paused, SubscriptionStatus.PastDue)
            ?? RequireDue(subscription, now)
            ?? (subscription.Status == SubscriptionStatus.PastDue && subscription.NextRetryAt is null ? "Every retry has been made." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var due = subscription.NextBillingAt!.Value;
        subscription.Status = SubscriptionStatus.PastDue;
        subscription.FailedAttempts++;
        subscription.NextRetryAt = schedule.RetryAfter(due, subscription.FailedAttempts);
        ClearPause(subscription);
        var why = string.IsNullOrWhiteSpace(reason) ? "" : $" ({reason.Trim()})";
        var next = subscription.NextRetryAt is { } retry ? $"retrying on {Day(retry)}" : "no retries left";
        return Record(subscription, SubscriptionEventKind.PaymentFailed, SubscriptionActor.System,
            $"Payment {subscription.FailedAttempts} for the renewal of {Day(due)} failed{why}; {next}.");
    }

    /// <summary>Every retry failed: the subscription is canceled now, or kept as unpaid (no access) for a later payment.</summary>
    public LifecycleResult DunningExhausted(Subscription subscription, DunningOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var refusal = RequireStatus(subscription, SubscriptionStatus.PastDue)
            ?? (subscription.NextRetryAt is { } retry ? $"A retry is still due on {Day(retry)}." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        if (outcome == DunningOutcome.MarkUnpaid)
        {
            // The renewal it could not collect stays in NextBillingAt, so a later payment starts from it.
            subscription.Status = SubscriptionStatus.Unpaid;
            return Record(subscription, SubscriptionEventKind.MarkedUnpaid, SubscriptionActor.System,
                "Marked unpaid after every retry failed; a new card and a successful payment bring it back.");
        }

        var now = Now;
        EndNow(subscription, now, "Payment failed");
        return Record(subscription, SubscriptionEventKind.Canceled, SubscriptionActor.System, "Canceled after every retry of the renewal failed.");
    }

    private static string? RequireDue(Subscription subscription, DateTimeOffset now)
    {
        if (subscription.NextBillingAt is not { } due)
        {
            return "Nothing renews.";
        }

        if (subscription.Status == SubscriptionStatus.PastDue && subscription.NextRetryAt is { } retry && retry > now)
        {
            return $"The next retry is on {Day(retry)}.";
        }

        return due > now ? $"The renewal of {Day(due)} is not due yet." : null;
    }

    private static void ConsumeCouponCycle(Subscription subscription)
    {
        if (!subscription.HasCoupon || subscription.CouponCyclesRemaining is not { } cycles)
        {
            return;
        }

        subscription.CouponCyclesRemaining = cycles - 1;
        if (cycles - 1 <= 0)
        {
            (subscription.CouponId, subscription.CouponCode, subscription.CouponCyclesRemaining) = (null, null, null);
            (subscription.CouponPercentOff, subscription.CouponAmountOffMinor) = (null, null);
        }
    }

    private static void ClearPause(Subscription subscription) =>
        (subscription.PausedAt, subscription.ResumeAt, subscription.PauseCyclesRemaining) = (null, null, null);
}
