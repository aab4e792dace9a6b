using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>The runner's transitions outside renewals: the end of the last paid time and the gift notice.</summary>
public sealed partial class SubscriptionLifecycle
{
    /// <summary>The last paid time is over and nothing renews: canceled (cancel at period end) or expired (maximum cycles, a gift).</summary>
    public LifecycleResult PeriodEnded(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = Now;
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active, SubscriptionStatus.Trialing, SubscriptionStatus.Paused)
            ?? (subscription.NextBillingAt is { } next ? $"It renews on {Day(next)}." : null)
            ?? (now < subscription.CurrentPeriodEnd ? $"The period runs until {Day(subscription.CurrentPeriodEnd)}." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var end = subscription.CurrentPeriodEnd;
        subscription.EndedAt = end;
        subscription.PaidThrough = subscription.PaidThrough < end ? subscription.PaidThrough : end;
        (subscription.NextRetryAt, subscription.SkipNextRenewal) = (null, false);
        ClearPause(subscription);
        if (subscription.CancelAtPeriodEnd)
        {
            subscription.Status = SubscriptionStatus.Canceled;
            subscription.CancelAtPeriodEnd = false;
            return Record(subscription, SubscriptionEventKind.Canceled, SubscriptionActor.System, $"Canceled at the end of the period on {Day(end)}.");
        }

        subscription.Status = SubscriptionStatus.Expired;
        var why = subscription.IsGift && subscription.GiftConvertedAt is null ? "the gift's last cycle" : "its last cycle";
        return Record(subscription, SubscriptionEventKind.Expired, SubscriptionActor.System, $"Expired on {Day(end)} after {why}.");
    }

    /// <summary>The gift's recipient was told (the runner sends the email on <see cref="Subscription.GiftNotifyAt"/>).</summary>
    public LifecycleResult GiftNotified(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var refusal = (!subscription.IsGift ? "This subscription is not a gift." : null)
            ?? (subscription.GiftNotified ? "The recipient was already told." : null)
            ?? (subscription.GiftNotifyAt > Now ? $"The recipient is told on {Day(subscription.GiftNotifyAt.Value)}." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        subscription.GiftNotified = true;
        return Record(subscription, SubscriptionEventKind.GiftNotified, SubscriptionActor.System, $"Told {subscription.GiftRecipientEmail} about the gift.");
    }
}
