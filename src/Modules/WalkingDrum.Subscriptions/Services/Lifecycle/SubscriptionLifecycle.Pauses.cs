using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// Pausing holds renewals (from the next one) until a resume date; the time already paid for keeps
/// its access. The runner bills again at the resume date (<see cref="Subscription.NextBillingAt"/>),
/// and <see cref="RenewalPaid"/> makes the subscription active.
/// </summary>
public sealed partial class SubscriptionLifecycle
{
    /// <summary>Pauses until <paramref name="resumeAt"/>, which must lie after the next renewal and within the longest pause.</summary>
    public LifecycleResult PauseUntil(Subscription subscription, DateTimeOffset resumeAt, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = Now;
        resumeAt = WholeSeconds(resumeAt);
        var refusal = RefusePause(subscription, now)
            ?? (resumeAt <= subscription.NextBillingAt ? $"Choose a resume date after the next renewal on {Day(subscription.NextBillingAt!.Value)}." : null)
            ?? RequireWithinLongestPause(resumeAt, now);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        Pause(subscription, now, resumeAt, cycles: null);
        return Record(subscription, SubscriptionEventKind.Paused, actor, $"Paused until {Day(resumeAt)}.");
    }

    /// <summary>Pauses for <paramref name="cycles"/> whole cycles: the next renewals are held and billing resumes on the calendar after them.</summary>
    public LifecycleResult PauseForCycles(Subscription subscription, int cycles, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = Now;
        var refusal = RefusePause(subscription, now) ?? (cycles < 1 ? "Pause for at least one cycle." : null);
        var resumeAt = refusal is null ? CycleAfter(subscription, subscription.NextBillingAt!.Value, cycles) : default;
        refusal ??= RequireWithinLongestPause(resumeAt, now);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        Pause(subscription, now, resumeAt, cycles);
        var what = cycles == 1 ? "one cycle" : $"{cycles} cycles";
        return Record(subscription, SubscriptionEventKind.Paused, actor, $"Paused for {what}; billing resumes on {Day(resumeAt)}.");
    }

    /// <summary>
    /// Ends a pause early: billing continues at the end of the paid period when it is still running,
    /// otherwise the renewal is due at once and starts a new calendar from now.
    /// </summary>
    public LifecycleResult Resume(Subscription subscription, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var refusal = subscription.Status == SubscriptionStatus.Paused ? null : "The subscription is not paused.";
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var now = Now;
        subscription.Status = SubscriptionStatus.Active;
        ClearPause(subscription);
        subscription.NextBillingAt = now < subscription.CurrentPeriodEnd ? subscription.CurrentPeriodEnd : now;
        var when = subscription.NextBillingAt > now ? $"the next renewal is on {Day(subscription.NextBillingAt.Value)}" : "the next renewal is charged now";
        return Record(subscription, SubscriptionEventKind.Resumed, actor, $"Resumed; {when}.");
    }

    private string? RefusePause(Subscription subscription, DateTimeOffset now) =>
        RequireStatus(subscription, SubscriptionStatus.Active)
            ?? RequireRenewal(subscription)
            ?? (subscription.PrepaidCyclesRemaining > 0 ? $"The cycles until {Day(subscription.PaidThrough)} are already paid for." : null)
            ?? RequireBeforeCutoff(subscription, now);

    private string? RequireWithinLongestPause(DateTimeOffset resumeAt, DateTimeOffset now) =>
        resumeAt > now + _options.MaximumPause ? $"A pause can last until {Day(now + _options.MaximumPause)} at the latest." : null;

    private static void Pause(Subscription subscription, DateTimeOffset now, DateTimeOffset resumeAt, int? cycles)
    {
        subscription.Status = SubscriptionStatus.Paused;
        (subscription.PausedAt, subscription.ResumeAt, subscription.PauseCyclesRemaining) = (now, resumeAt, cycles);
        subscription.NextBillingAt = resumeAt;
        subscription.SkipNextRenewal = false;
    }
}
