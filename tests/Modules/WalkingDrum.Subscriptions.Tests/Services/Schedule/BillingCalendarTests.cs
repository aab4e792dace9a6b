using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Schedule;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Services.Schedule;

public sealed class BillingCalendarTests
{
    private static readonly BillingInterval Monthly = new(IntervalUnit.Month, 1);

    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2025-01-31", 2, "2025-03-31")]
    [InlineData("2025-01-31", 3, "2025-04-30")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2024-01-31", 13, "2025-02-28")]
    [InlineData("2025-01-30", 1, "2025-02-28")]
    [InlineData("2025-01-30", 2, "2025-03-30")]
    [InlineData("2025-03-31", 6, "2025-09-30")]
    [InlineData("2025-03-31", 7, "2025-10-31")]
    [InlineData("2025-01-15", 12, "2026-01-15")]
    [InlineData("2025-01-31", -1, "2024-12-31")]
    public void Monthly_boundaries_come_from_the_anchor_and_never_drift(string anchor, int index, string expected) =>
        Assert.Equal(Utc(expected), BillingCalendar.Boundary(Utc(anchor), Monthly, index));

    [Theory]
    [InlineData(IntervalUnit.Day, 1, 3, "2025-03-01")]
    [InlineData(IntervalUnit.Day, 10, 2, "2025-03-18")]
    [InlineData(IntervalUnit.Week, 1, 1, "2025-03-05")]
    [InlineData(IntervalUnit.Week, 2, 3, "2025-04-09")]
    [InlineData(IntervalUnit.Month, 3, 1, "2025-05-26")]
    [InlineData(IntervalUnit.Year, 1, 1, "2026-02-26")]
    [InlineData(IntervalUnit.Year, 2, 2, "2029-02-26")]
    public void Days_weeks_and_counts_add_whole_intervals(IntervalUnit unit, int count, int index, string expected) =>
        Assert.Equal(Utc(expected), BillingCalendar.Boundary(Utc("2025-02-26"), new BillingInterval(unit, count), index));

    [Theory]
    [InlineData(1, "2025-02-28")]
    [InlineData(3, "2027-02-28")]
    [InlineData(4, "2028-02-29")]
    [InlineData(8, "2032-02-29")]
    public void A_leap_day_anchor_renews_yearly_on_the_last_day_of_february(int index, string expected) =>
        Assert.Equal(Utc(expected), BillingCalendar.Boundary(Utc("2024-02-29"), new BillingInterval(IntervalUnit.Year, 1), index));

    [Fact]
    public void Boundaries_are_in_utc_whatever_the_anchor_offset()
    {
        var anchor = new DateTimeOffset(2025, 1, 31, 23, 30, 0, TimeSpan.FromHours(-5));

        var boundary = BillingCalendar.Boundary(anchor, Monthly, 1);

        // 23:30 on 31 January at UTC−5 is 1 February in UTC, so the calendar runs on the 1st.
        Assert.Equal(TimeSpan.Zero, boundary.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 4, 30, 0, TimeSpan.Zero), boundary);
    }

    [Theory]
    [InlineData("2025-01-31", 0, "2025-01-31", "2025-02-28")]
    [InlineData("2025-02-27T23:59:59", 0, "2025-01-31", "2025-02-28")]
    [InlineData("2025-02-28", 1, "2025-02-28", "2025-03-31")]
    [InlineData("2025-03-30", 1, "2025-02-28", "2025-03-31")]
    [InlineData("2026-01-31", 12, "2026-01-31", "2026-02-28")]
    [InlineData("2024-12-31", -1, "2024-12-31", "2025-01-31")]
    public void The_period_containing_an_instant_starts_at_or_before_it_and_ends_after_it(string instant, int index, string start, string end)
    {
        var period = BillingCalendar.PeriodContaining(Utc("2025-01-31"), Monthly, Utc(instant));

        Assert.Equal(new BillingPeriod(index, Utc(start), Utc(end)), period);
        Assert.True(period.Contains(Utc(instant)));
        Assert.False(period.Contains(Utc(end)));
    }

    [Fact]
    public void Adding_cycles_keeps_to_the_anchor_calendar_and_refuses_an_instant_off_it()
    {
        var anchor = Utc("2025-01-31");

        Assert.Equal(Utc("2025-05-31"), BillingCalendar.AddCycles(anchor, Monthly, Utc("2025-02-28"), 3));
        Assert.Equal(Utc("2025-02-28"), BillingCalendar.AddCycles(anchor, Monthly, Utc("2025-02-28"), 0));
        Assert.True(BillingCalendar.IsBoundary(anchor, Monthly, Utc("2025-04-30")));
        Assert.False(BillingCalendar.IsBoundary(anchor, Monthly, Utc("2025-04-29")));
        Assert.Throws<ArgumentException>(() => BillingCalendar.AddCycles(anchor, Monthly, Utc("2025-03-01"), 1));
    }

    [Fact]
    public void Intervals_need_at_least_one_unit_and_read_naturally()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BillingInterval(IntervalUnit.Week, 0));
        Assert.Equal("month", Monthly.ToString());
        Assert.Equal("2 weeks", new BillingInterval(IntervalUnit.Week, 2).ToString());
    }

    [Fact]
    public void Every_instant_over_years_lies_in_exactly_the_period_found_for_it()
    {
        var anchor = Utc("2024-02-29").AddHours(13);
        foreach (var interval in new[] { Monthly, new BillingInterval(IntervalUnit.Week, 3), new BillingInterval(IntervalUnit.Year, 1), new BillingInterval(IntervalUnit.Day, 5) })
        {
            for (var instant = anchor.AddDays(-400); instant < anchor.AddDays(2000); instant = instant.AddHours(17))
            {
                var period = BillingCalendar.PeriodContaining(anchor, interval, instant);
                Assert.True(period.Contains(instant), $"{interval} {instant:O} not in {period}");
                Assert.Equal(BillingCalendar.Period(anchor, interval, period.Index), period);
            }
        }
    }

    internal static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
