using WalkingDrum.Subscriptions.Services.Schedule;

namespace WalkingDrum.Subscriptions.Models;

/// <summary>The plan's terms as bought, and the billing calendar.</summary>
public sealed partial class Subscription
{
    public const int MaxPlanNameLength = 200;

    /// <summary>The plan it was bought on; no foreign key, since plans can be deleted.</summary>
    public Guid? PlanId { get; set; }

    public string PlanName { get; set; } = "";

    public IntervalUnit IntervalUnit { get; set; }

    public int IntervalCount { get; set; } = 1;

    /// <summary>Cycles each charge pays for (1 for ordinary renewals).</summary>
    public int PrepaidCycles { get; set; } = 1;

    /// <summary>Paid cycles before the subscriber may cancel.</summary>
    public int MinimumCycles { get; set; }

    /// <summary>Cycles after which it expires; null renews until canceled.</summary>
    public int? MaximumCycles { get; set; }

    public long SetupFeePaidMinor { get; set; }

    public DateTimeOffset? TrialEndsAt { get; set; }

    /// <summary>The moment period boundaries are counted from; moves when the billing date is changed or a pause ends off-calendar.</summary>
    public DateTimeOffset BillingAnchor { get; set; }

    public DateTimeOffset CurrentPeriodStart { get; set; }

    public DateTimeOffset CurrentPeriodEnd { get; set; }

    /// <summary>When the runner next renews (charges, or advances a skipped or prepaid cycle); null when nothing will renew.</summary>
    public DateTimeOffset? NextBillingAt { get; set; }

    /// <summary>Access lasts until this moment.</summary>
    public DateTimeOffset PaidThrough { get; set; }

    /// <summary>Cycles served: charged or prepaid, not skipped. Minimum and maximum cycles count these.</summary>
    public int CyclesBilled { get; set; }

    /// <summary>Cycles after the current one already paid for (prepaid plans and gifts).</summary>
    public int PrepaidCyclesRemaining { get; set; }

    /// <summary>What was paid for the current period; a refund on cancelling returns its unused share.</summary>
    public long CurrentPeriodPaidMinor { get; set; }

    public BillingInterval Interval
    {
        get => new(IntervalUnit, IntervalCount);
        set => (IntervalUnit, IntervalCount) = (value.Unit, value.Count);
    }

    public PlanTerms Plan
    {
        get => new(PlanId ?? Guid.Empty, PlanName, Interval, PrepaidCycles, MinimumCycles, MaximumCycles);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            (PlanId, PlanName, Interval) = (value.PlanId, value.Name, value.Interval);
            (PrepaidCycles, MinimumCycles, MaximumCycles) = (value.PrepaidCycles, value.MinimumCycles, value.MaximumCycles);
        }
    }
}
