namespace WalkingDrum.Commerce.Services.Coupons;

/// <summary>
/// A coupon as a merchant or a recipe writes it, as text; <see cref="CouponRules"/> reads and checks it.
/// Property names are the form's field names, so errors land next to their fields.
/// </summary>
/// <param name="Code">The code shoppers type (SUMMER10).</param>
/// <param name="Kind"><c>percent</c> or <c>fixed</c>.</param>
/// <param name="Value">Whole percent (15) or an amount (5.00) in the shop's currency.</param>
/// <param name="Duration"><c>once</c>, <c>repeating</c> or <c>forever</c>.</param>
/// <param name="Cycles">Billing cycles for <c>repeating</c>.</param>
/// <param name="ExpiresOn">Optional <c>yyyy-MM-dd</c>: the code stops working as that day starts (UTC).</param>
/// <param name="RedemptionLimit">Optional number of orders that may use it.</param>
/// <param name="MinimumSubtotal">Optional amount an order's subtotal must reach.</param>
/// <param name="Active">Whether shoppers may use it.</param>
public sealed record CouponInput(
    string? Code, string? Kind, string? Value, string? Duration, string? Cycles,
    string? ExpiresOn, string? RedemptionLimit, string? MinimumSubtotal, bool Active);
