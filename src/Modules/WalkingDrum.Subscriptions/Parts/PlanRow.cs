using System.Globalization;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Plans;

namespace WalkingDrum.Subscriptions.Parts;

/// <summary>One plan row of the subscription options editor, as text the way the form shows it.</summary>
public sealed record PlanRow(
    string Id, string Name, string Position, bool IsActive, string Interval, string IntervalCount,
    string DiscountPercent, string FixedPrice, string TrialDays, string SetupFee,
    string PrepaidCycles, string PrepaidDiscountPercent, string MinimumCycles, string MaximumCycles, bool Remove)
{
    /// <summary>An empty row for adding a plan, renewing monthly.</summary>
    public static PlanRow Blank(int position) =>
        new("", "", Number(position), true, "month", "1", "", "", "", "", "1", "", "", "", false);

    /// <summary>A saved plan as the form shows it.</summary>
    public static PlanRow From(SubscriptionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(
            plan.Id.ToString(), plan.Name, Number(plan.Position), plan.IsActive, plan.IntervalUnit.ToString().ToLowerInvariant(),
            Number(plan.IntervalCount), Optional(plan.DiscountPercent), plan.FixedPrice?.ToMajorString() ?? "", Optional(plan.TrialDays),
            plan.SetupFeeMinor == 0 ? "" : plan.SetupFee.ToMajorString(), Number(plan.PrepaidCycles), Optional(plan.PrepaidDiscountPercent),
            Optional(plan.MinimumCycles), plan.MaximumCycles is { } max ? Number(max) : "", false);
    }

    /// <summary>A new row the merchant left untouched; it is skipped rather than refused.</summary>
    public bool IsBlank =>
        Id.Length == 0 && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(DiscountPercent) && string.IsNullOrWhiteSpace(FixedPrice)
        && string.IsNullOrWhiteSpace(TrialDays) && string.IsNullOrWhiteSpace(SetupFee) && string.IsNullOrWhiteSpace(PrepaidDiscountPercent)
        && string.IsNullOrWhiteSpace(MinimumCycles) && string.IsNullOrWhiteSpace(MaximumCycles);

    // A skipped blank row counts as removed, so every other row keeps its index for its errors.
    public PlanInput ToInput() => new(
        Id, Name, Position, IsActive, Interval, IntervalCount, DiscountPercent, FixedPrice, TrialDays, SetupFee,
        PrepaidCycles, PrepaidDiscountPercent, MinimumCycles, MaximumCycles, Remove || IsBlank);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Optional(int value) => value == 0 ? "" : Number(value);
}
