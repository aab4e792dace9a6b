using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Schedule;

/// <summary>One billing cycle's length: a unit and how many of it, such as "every 2 weeks".</summary>
public readonly record struct BillingInterval
{
    /// <summary>Creates an interval; <paramref name="count"/> must be at least 1.</summary>
    public BillingInterval(IntervalUnit unit, int count)
    {
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown interval unit.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Unit = unit;
        Count = count;
    }

    public IntervalUnit Unit { get; }

    public int Count { get; }

    /// <summary>Shopper-facing text: "month", "2 weeks".</summary>
    public override string ToString()
    {
        var unit = Unit.ToString().ToLowerInvariant();
        return Count == 1 ? unit : $"{Count} {unit}s";
    }
}
