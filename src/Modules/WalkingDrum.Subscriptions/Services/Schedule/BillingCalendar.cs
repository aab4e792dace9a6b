using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Schedule;

/// <summary>
/// Period boundaries of a subscription. Every boundary is computed from the anchor itself, never
/// from the previous boundary, so a subscription anchored on 31 January renews on 28 (or 29)
/// February and then on 31 March instead of drifting to the 28th. All results are in UTC.
/// </summary>
public static class BillingCalendar
{
    /// <summary>The <paramref name="index"/>-th boundary after <paramref name="anchor"/> (index 0 is the anchor).</summary>
    public static DateTimeOffset Boundary(DateTimeOffset anchor, BillingInterval interval, int index)
    {
        var utc = anchor.ToUniversalTime();
        var steps = checked((long)index * interval.Count);
        return interval.Unit switch
        {
            IntervalUnit.Day => utc.AddDays(steps),
            IntervalUnit.Week => utc.AddDays(checked(steps * 7)),
            // AddMonths and AddYears clamp to the month's last day, which is what keeps month ends stable.
            IntervalUnit.Month => utc.AddMonths(checked((int)steps)),
            IntervalUnit.Year => utc.AddYears(checked((int)steps)),
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval unit."),
        };
    }

    /// <summary>The <paramref name="index"/>-th period after <paramref name="anchor"/>.</summary>
    public static BillingPeriod Period(DateTimeOffset anchor, BillingInterval interval, int index) =>
        new(index, Boundary(anchor, interval, index), Boundary(anchor, interval, index + 1));

    /// <summary>The period that contains <paramref name="instant"/> (negative indexes lie before the anchor).</summary>
    public static BillingPeriod PeriodContaining(DateTimeOffset anchor, BillingInterval interval, DateTimeOffset instant)
    {
        var index = EstimateIndex(anchor.ToUniversalTime(), interval, instant.ToUniversalTime());
        // The estimate is off by at most one or two cycles (month lengths, clamped days); walk to the exact one.
        while (Boundary(anchor, interval, index) > instant)
        {
            index--;
        }

        while (Boundary(anchor, interval, index + 1) <= instant)
        {
            index++;
        }

        return Period(anchor, interval, index);
    }

    /// <summary>
    /// The boundary <paramref name="cycles"/> cycles after the boundary <paramref name="boundary"/>, keeping to
    /// the anchor's calendar. <paramref name="boundary"/> must itself be a boundary of the anchor.
    /// </summary>
    public static DateTimeOffset AddCycles(DateTimeOffset anchor, BillingInterval interval, DateTimeOffset boundary, int cycles)
    {
        var period = PeriodContaining(anchor, interval, boundary);
        if (period.Start != boundary.ToUniversalTime())
        {
            throw new ArgumentException($"{boundary:O} is not a period boundary of the anchor {anchor:O}.", nameof(boundary));
        }

        return Boundary(anchor, interval, checked(period.Index + cycles));
    }

    /// <summary>Whether <paramref name="instant"/> is one of the anchor's boundaries.</summary>
    public static bool IsBoundary(DateTimeOffset anchor, BillingInterval interval, DateTimeOffset instant) =>
        PeriodContaining(anchor, interval, instant).Start == instant.ToUniversalTime();

    private static int EstimateIndex(DateTimeOffset anchor, BillingInterval interval, DateTimeOffset instant)
    {
        long units = interval.Unit switch
        {
            IntervalUnit.Day => (instant - anchor).Ticks / TimeSpan.TicksPerDay,
            IntervalUnit.Week => (instant - anchor).Ticks / (TimeSpan.TicksPerDay * 7),
            IntervalUnit.Month => ((instant.Year - anchor.Year) * 12L) + instant.Month - anchor.Month,
            IntervalUnit.Year => instant.Year - anchor.Year,
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval unit."),
        };
        return checked((int)Math.Floor(units / (double)interval.Count));
    }
}
