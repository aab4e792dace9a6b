using WalkingDrum.Core.Money;

namespace WalkingDrum.Subscriptions.Services.Schedule;

/// <summary>
/// Splits a period's price by time. The net of a change is rounded once (half away from zero on
/// minor units) and the credit and charge are derived from it, so charge − credit is always
/// exactly the rounded price difference for the remaining time.
/// </summary>
public static class Proration
{
    /// <summary>
    /// Prorates a change from <paramref name="oldPrice"/> to <paramref name="newPrice"/> (each per
    /// whole period) at <paramref name="changeAt"/> within the period [<paramref name="periodStart"/>,
    /// <paramref name="periodEnd"/>]. At the start the full difference is due; at the end nothing.
    /// </summary>
    public static ProrationResult Calculate(
        Amount oldPrice, Amount newPrice, DateTimeOffset periodStart, DateTimeOffset periodEnd, DateTimeOffset changeAt)
    {
        RequireSameCurrency(oldPrice, newPrice);
        RequireNotNegative(oldPrice, nameof(oldPrice));
        RequireNotNegative(newPrice, nameof(newPrice));
        var (remaining, length) = RemainingTicks(periodStart, periodEnd, changeAt);

        var net = RoundedShare(newPrice.MinorUnits - (Int128)oldPrice.MinorUnits, remaining, length);
        var credit = RoundedShare(oldPrice.MinorUnits, remaining, length);
        var charge = credit + net;
        return new ProrationResult(new Amount(credit, oldPrice.Currency), new Amount(charge, newPrice.Currency));
    }

    /// <summary>
    /// The share of <paramref name="paidForPeriod"/> that covers the time from <paramref name="cancelAt"/>
    /// to the period's end: what to pay back when a subscription is canceled now with a refund.
    /// </summary>
    public static Amount UnusedShare(Amount paidForPeriod, DateTimeOffset periodStart, DateTimeOffset periodEnd, DateTimeOffset cancelAt)
    {
        RequireNotNegative(paidForPeriod, nameof(paidForPeriod));
        var (remaining, length) = RemainingTicks(periodStart, periodEnd, cancelAt);
        return new Amount(RoundedShare(paidForPeriod.MinorUnits, remaining, length), paidForPeriod.Currency);
    }

    private static (long Remaining, long Length) RemainingTicks(DateTimeOffset periodStart, DateTimeOffset periodEnd, DateTimeOffset at)
    {
        if (periodEnd <= periodStart)
        {
            throw new ArgumentException("A period must end after it starts.", nameof(periodEnd));
        }

        if (at < periodStart || at > periodEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The moment must lie within the period {periodStart:O} – {periodEnd:O}.");
        }

        return ((periodEnd - at).Ticks, (periodEnd - periodStart).Ticks);
    }

    // Exact integer arithmetic: price × ticks fits in 128 bits for any long price and any period a DateTimeOffset can hold.
    private static long RoundedShare(Int128 minorUnits, long remaining, long length)
    {
        var numerator = minorUnits * remaining;
        var quotient = Int128.DivRem(numerator, length);
        var rounded = quotient.Quotient;
        if (Int128.Abs(quotient.Remainder) * 2 >= length)
        {
            rounded += Int128.Sign(numerator);
        }

        return checked((long)rounded);
    }

    private static void RequireSameCurrency(Amount oldPrice, Amount newPrice)
    {
        if (!string.Equals(oldPrice.Currency, newPrice.Currency, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot prorate {oldPrice.Currency} against {newPrice.Currency}.", nameof(newPrice));
        }
    }

    private static void RequireNotNegative(Amount price, string name)
    {
        if (price.MinorUnits < 0)
        {
            throw new ArgumentOutOfRangeException(name, price, "A price per period cannot be negative.");
        }
    }
}
