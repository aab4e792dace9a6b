using CsCheck;
using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Services.Schedule;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Services.Schedule;

public sealed class ProrationTests
{
    private static readonly DateTimeOffset Start = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    // old, new, days into a 30-day period, credit, charge
    [InlineData(3000, 6000, 0, 3000, 6000)]
    [InlineData(3000, 6000, 30, 0, 0)]
    [InlineData(3000, 6000, 15, 1500, 3000)]
    [InlineData(3000, 6000, 10, 2000, 4000)]
    [InlineData(6000, 3000, 10, 4000, 2000)]
    [InlineData(1000, 1000, 7, 767, 767)]
    [InlineData(0, 999, 20, 0, 333)]
    [InlineData(999, 0, 20, 333, 0)]
    // Two thirds left: the credit 2 × 2/3 = 1.33… rounds to 1 and the net (1 − 2) × 2/3 = −0.66… to −1, so the charge is 0.
    [InlineData(2, 1, 10, 1, 0)]
    [InlineData(1, 2, 10, 1, 2)]
    public void Credits_unused_old_time_and_charges_remaining_new_time(long oldMinor, long newMinor, int days, long credit, long charge)
    {
        var result = Proration.Calculate(Usd(oldMinor), Usd(newMinor), Start, End, Start.AddDays(days));

        Assert.Equal(Usd(credit), result.Credit);
        Assert.Equal(Usd(charge), result.Charge);
        Assert.Equal(Usd(charge - credit), result.Net);
    }

    [Fact]
    public void Net_decides_what_is_charged_now_and_what_is_carried_as_credit()
    {
        var upgrade = Proration.Calculate(Usd(3000), Usd(6000), Start, End, Start.AddDays(15));
        var downgrade = Proration.Calculate(Usd(6000), Usd(3000), Start, End, Start.AddDays(15));

        Assert.Equal((Usd(1500), Usd(0)), (upgrade.ChargeNow, upgrade.CreditCarried));
        Assert.Equal((Usd(0), Usd(1500)), (downgrade.ChargeNow, downgrade.CreditCarried));
    }

    [Fact]
    public void Halves_round_away_from_zero_once_on_the_net()
    {
        // Half of 1 cent each way: +0.5 → +1 and −0.5 → −1.
        var up = Proration.Calculate(Usd(0), Usd(1), Start, End, Start.AddDays(15));
        var down = Proration.Calculate(Usd(1), Usd(0), Start, End, Start.AddDays(15));

        Assert.Equal(Usd(1), up.Net);
        Assert.Equal(Usd(-1), down.Net);
    }

    [Fact]
    public void Refuses_mixed_currencies_negative_prices_and_moments_outside_the_period()
    {
        Assert.Throws<ArgumentException>(() => Proration.Calculate(Usd(100), new Amount(100, "EUR"), Start, End, Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proration.Calculate(Usd(-1), Usd(100), Start, End, Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proration.Calculate(Usd(100), Usd(200), Start, End, End.AddTicks(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proration.Calculate(Usd(100), Usd(200), Start, End, Start.AddTicks(-1)));
        Assert.Throws<ArgumentException>(() => Proration.Calculate(Usd(100), Usd(200), End, Start, End));
    }

    [Theory]
    [InlineData(3000, 0, 3000)]
    [InlineData(3000, 10, 2000)]
    [InlineData(3000, 30, 0)]
    [InlineData(1000, 7, 767)]
    public void Refund_on_cancel_is_the_unused_share_of_what_was_paid(long paid, int days, long refund) =>
        Assert.Equal(Usd(refund), Proration.UnusedShare(Usd(paid), Start, End, Start.AddDays(days)));

    [Fact]
    public void Property_credit_and_charge_stay_within_a_period_and_differ_by_the_rounded_difference()
    {
        var prices = Gen.Long[0, 100_000_000_000];
        var periods = Gen.Select(Gen.Long[0, 3_000_000_000_000_000], Gen.Long[1, 400L * TimeSpan.TicksPerDay * 10], Gen.Double[0, 1]);
        Gen.Select(prices, prices, periods).Sample((oldMinor, newMinor, period) =>
        {
            var (startTicks, length, fraction) = period;
            var start = new DateTimeOffset(startTicks, TimeSpan.Zero);
            var end = start.AddTicks(length);
            var at = start.AddTicks((long)(length * fraction));
            var result = Proration.Calculate(Usd(oldMinor), Usd(newMinor), start, end, at);

            Assert.InRange(result.Credit.MinorUnits, 0, oldMinor);
            Assert.InRange(result.Charge.MinorUnits, 0, newMinor);
            Assert.Equal(RoundedDifference(oldMinor, newMinor, (end - at).Ticks, length), result.Net.MinorUnits);
            Assert.Equal(result.Charge - result.Credit, result.Net);
            Assert.True(result.ChargeNow.MinorUnits == 0 || result.CreditCarried.MinorUnits == 0);
        });
    }

    [Fact]
    public void Property_the_full_difference_is_due_at_the_start_and_nothing_at_the_end()
    {
        Gen.Select(Gen.Long[0, 100_000_000_000], Gen.Long[0, 100_000_000_000], Gen.Long[1, 10_000L * TimeSpan.TicksPerDay]).Sample((oldMinor, newMinor, length) =>
        {
            var end = Start.AddTicks(length);
            var atStart = Proration.Calculate(Usd(oldMinor), Usd(newMinor), Start, end, Start);
            var atEnd = Proration.Calculate(Usd(oldMinor), Usd(newMinor), Start, end, end);

            Assert.Equal((Usd(oldMinor), Usd(newMinor)), (atStart.Credit, atStart.Charge));
            Assert.Equal((Usd(0), Usd(0)), (atEnd.Credit, atEnd.Charge));
        });
    }

    [Fact]
    public void Property_a_refund_never_exceeds_what_was_paid_and_shrinks_as_time_passes()
    {
        Gen.Select(Gen.Long[0, 100_000_000_000], Gen.Double[0, 1], Gen.Double[0, 1]).Sample((paid, first, second) =>
        {
            var length = (End - Start).Ticks;
            var (earlier, later) = first <= second ? (first, second) : (second, first);
            var early = Proration.UnusedShare(Usd(paid), Start, End, Start.AddTicks((long)(length * earlier)));
            var late = Proration.UnusedShare(Usd(paid), Start, End, Start.AddTicks((long)(length * later)));

            Assert.InRange(early.MinorUnits, late.MinorUnits, paid);
            Assert.True(late.MinorUnits >= 0);
        });
    }

    // An independent reference: decimal arithmetic, rounded half away from zero.
    private static long RoundedDifference(long oldMinor, long newMinor, long remaining, long length) =>
        (long)Math.Round((newMinor - oldMinor) * (decimal)remaining / length, MidpointRounding.AwayFromZero);

    private static Amount Usd(long minor) => new(minor, "USD");
}
