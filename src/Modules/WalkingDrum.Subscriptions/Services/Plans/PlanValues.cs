using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Plans;

/// <summary>A plan's checked values, ready to copy onto a <see cref="SubscriptionPlan"/>; <c>Row</c> is its index in the input, for errors found later.</summary>
internal sealed record PlanValues(
    int Row, Guid? Id, string Name, int Position, bool IsActive, IntervalUnit Unit, int IntervalCount,
    int DiscountPercent, Amount? FixedPrice, int TrialDays, Amount SetupFee,
    int PrepaidCycles, int PrepaidDiscountPercent, int MinimumCycles, int? MaximumCycles)
{
    public void CopyTo(SubscriptionPlan plan)
    {
        plan.Name = Name;
        plan.Position = Position;
        plan.IsActive = IsActive;
        plan.IntervalUnit = Unit;
        plan.IntervalCount = IntervalCount;
        plan.DiscountPercent = DiscountPercent;
        plan.SetPrices(FixedPrice, SetupFee);
        plan.TrialDays = TrialDays;
        plan.PrepaidCycles = PrepaidCycles;
        plan.PrepaidDiscountPercent = PrepaidDiscountPercent;
        plan.MinimumCycles = MinimumCycles;
        plan.MaximumCycles = MaximumCycles;
    }
}

/// <summary>A product's checked subscription settings and plans, plans in display order.</summary>
internal sealed record ProductSubscriptionValues(
    bool SubscriptionOnly, bool IsBox, int? BoxSize, int? BoxCutoffDays, string? BoxCollectionSlug, IReadOnlyList<PlanValues> Plans)
{
    /// <summary>Whether the product needs a settings row (anything but the defaults).</summary>
    public bool HasSettings => SubscriptionOnly || IsBox;
}
