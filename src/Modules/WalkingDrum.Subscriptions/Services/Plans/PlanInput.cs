namespace WalkingDrum.Subscriptions.Services.Plans;

/// <summary>
/// A plan as a merchant wrote it (an admin row, a recipe entry): text, read by <see cref="PlanRules"/>.
/// Empty values take the defaults: every 1 interval, no discount, no trial, no setup fee, paid each
/// cycle, cancel any time, until canceled.
/// </summary>
/// <param name="Id">The saved plan's id; null for a new plan.</param>
/// <param name="Name">What shoppers see ("Monthly").</param>
/// <param name="Position">Order among the product's plans; empty keeps the row's place.</param>
/// <param name="IsActive">Offered to shoppers.</param>
/// <param name="Interval"><c>day</c>, <c>week</c>, <c>month</c> or <c>year</c>.</param>
/// <param name="IntervalCount">Units per interval.</param>
/// <param name="DiscountPercent">Whole percent off the variant's price.</param>
/// <param name="FixedPrice">Price per unit and interval in the shop's currency, instead of a discount.</param>
/// <param name="TrialDays">Free days before the first charge.</param>
/// <param name="SetupFee">Charged once per subscription.</param>
/// <param name="PrepaidCycles">Intervals paid at each charge.</param>
/// <param name="PrepaidDiscountPercent">Whole percent off each prepaid charge.</param>
/// <param name="MinimumCycles">Paid intervals before the shopper may cancel.</param>
/// <param name="MaximumCycles">Paid intervals after which the subscription ends; empty for until canceled.</param>
/// <param name="Remove">The merchant asked to delete this plan; its other values are not checked.</param>
public sealed record PlanInput(
    string? Id, string? Name, string? Position, bool IsActive, string? Interval, string? IntervalCount,
    string? DiscountPercent, string? FixedPrice, string? TrialDays, string? SetupFee,
    string? PrepaidCycles, string? PrepaidDiscountPercent, string? MinimumCycles, string? MaximumCycles, bool Remove = false);

/// <summary>A product's subscription settings and its complete list of plans, as written.</summary>
/// <param name="SubscriptionOnly">The product cannot be bought once.</param>
/// <param name="IsBox">Each delivery is a box the subscriber fills.</param>
/// <param name="BoxSize">Items per box.</param>
/// <param name="BoxCutoffDays">Days before each renewal after which the box is locked.</param>
/// <param name="BoxCollection">Slug of the collection whose products fill the box.</param>
/// <param name="Plans">Every plan the product should have; saved plans left out are removed.</param>
public sealed record ProductSubscriptionInput(
    bool SubscriptionOnly, bool IsBox, string? BoxSize, string? BoxCutoffDays, string? BoxCollection, IReadOnlyList<PlanInput> Plans);
