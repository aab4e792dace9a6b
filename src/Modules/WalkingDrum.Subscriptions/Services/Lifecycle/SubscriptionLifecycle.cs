using System.Globalization;
using Microsoft.Extensions.Options;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Schedule;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// Every change a subscription can go through, as rules on the entity alone: no database, no
/// payment processor. Each operation either changes the subscription, bumps its
/// <see cref="Subscription.Version"/> and appends a timeline entry, or refuses with a message and
/// leaves it exactly as it was. Callers load, call, move any money the result names, then save.
/// The clock is <see cref="TimeProvider"/>; the operations are split over the part files by theme.
/// </summary>
public sealed partial class SubscriptionLifecycle(TimeProvider clock, IOptions<SubscriptionLifecycleOptions> options)
{
    private readonly SubscriptionLifecycleOptions _options = options.Value;

    // Whole seconds in UTC: PostgreSQL keeps microseconds and SQLite every tick, so finer moments
    // would not survive a round trip alike, and a stored boundary would no longer match its anchor.
    private DateTimeOffset Now => WholeSeconds(clock.GetUtcNow());

    private static DateTimeOffset WholeSeconds(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>Shopper-facing date, e.g. "3 May 2026" (UTC).</summary>
    internal static string Day(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Describe(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.PastDue => "past due",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>The refusal for an operation that needs one of <paramref name="allowed"/>, or null when the status fits.</summary>
    private static string? RequireStatus(Subscription subscription, params SubscriptionStatus[] allowed)
    {
        if (allowed.Contains(subscription.Status))
        {
            return null;
        }

        return subscription.Status switch
        {
            SubscriptionStatus.Canceled => $"This subscription was canceled{On(subscription.EndedAt)}.",
            SubscriptionStatus.Expired => $"This subscription expired{On(subscription.EndedAt)}.",
            var status => $"This can't be done while the subscription is {Describe(status)}.",
        };

        static string On(DateTimeOffset? moment) => moment is { } at ? " on " + Day(at) : "";
    }

    /// <summary>Refuses changes to a renewal that is within the cutoff (its order is being prepared).</summary>
    private string? RequireBeforeCutoff(Subscription subscription, DateTimeOffset now)
    {
        if (subscription.NextBillingAt is { } due && _options.RenewalCutoff > TimeSpan.Zero && now >= due - _options.RenewalCutoff)
        {
            return $"Changes to the renewal of {Day(due)} closed on {Day(due - _options.RenewalCutoff)}.";
        }

        return null;
    }

    /// <summary>The boundary one cycle after <paramref name="boundary"/>, on the subscription's calendar.</summary>
    private static DateTimeOffset CycleAfter(Subscription subscription, DateTimeOffset boundary, int cycles = 1) =>
        BillingCalendar.IsBoundary(subscription.BillingAnchor, subscription.Interval, boundary)
            ? BillingCalendar.AddCycles(subscription.BillingAnchor, subscription.Interval, boundary, cycles)
            : BillingCalendar.Boundary(boundary, subscription.Interval, cycles);

    /// <summary>Starts the period that begins at <paramref name="start"/>, re-anchoring the calendar when it begins off it.</summary>
    private static void StartPeriod(Subscription subscription, DateTimeOffset start)
    {
        start = start.ToUniversalTime();
        if (!BillingCalendar.IsBoundary(subscription.BillingAnchor, subscription.Interval, start))
        {
            subscription.BillingAnchor = start;
        }

        subscription.CurrentPeriodStart = start;
        subscription.CurrentPeriodEnd = CycleAfter(subscription, start);
    }

    /// <summary>
    /// Sets the next renewal after a cycle started: none when the paid time is the last (cancel at
    /// period end, maximum cycles served, a gift that expires); otherwise the current period's end.
    /// </summary>
    private void ScheduleNextRenewal(Subscription subscription)
    {
        var lastPaidCycle = subscription.PrepaidCyclesRemaining == 0;
        var giftRunsOut = lastPaidCycle && subscription.IsGift && subscription.GiftConvertedAt is null;
        if (giftRunsOut && subscription.GiftEndBehavior == GiftEndBehavior.ConvertToSelfPaid)
        {
            subscription.GiftConvertedAt = subscription.CurrentPeriodEnd;
            Record(subscription, SubscriptionEventKind.GiftConverted, SubscriptionActor.System,
                $"The gift ends on {Day(subscription.CurrentPeriodEnd)}; it then renews on the subscriber's own card.");
        }

        var ends = lastPaidCycle && (subscription.CancelAtPeriodEnd
            || subscription.MaximumCycles is { } maximum && subscription.CyclesBilled >= maximum
            || giftRunsOut && subscription.GiftEndBehavior == GiftEndBehavior.Expire);
        subscription.NextBillingAt = ends ? null : subscription.CurrentPeriodEnd;
    }

    /// <summary>Appends a timeline entry and marks the subscription changed.</summary>
    private LifecycleResult Record(Subscription subscription, SubscriptionEventKind kind, SubscriptionActor actor, string text)
    {
        var now = Now;
        subscription.Version++;
        subscription.UpdatedAt = now;
        var entry = new SubscriptionEvent
        {
            TenantId = subscription.TenantId,
            SubscriptionId = subscription.Id,
            SubscriptionVersion = subscription.Version,
            At = now,
            Kind = kind,
            Actor = actor,
            Text = text.Length <= SubscriptionEvent.MaxTextLength ? text : text[..(SubscriptionEvent.MaxTextLength - 1)] + "…",
        };
        subscription.Events.Add(entry);
        return new LifecycleResult { Event = entry };
    }
}
