using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>A variant to subscribe to (or swap to), with its recurring unit price.</summary>
public sealed record ItemChoice(Guid ProductId, Guid VariantId, string Title, Amount UnitPrice);

/// <summary>An item of a new subscription.</summary>
public sealed record NewSubscriptionItem(ItemChoice Choice, int Quantity);

/// <summary>The saved card renewals charge, as the processor reports it.</summary>
public sealed record SavedCard(string ProcessorCustomerId, string PaymentMethodId, string? Brand, string? Last4, int? ExpMonth, int? ExpYear);

/// <summary>
/// A coupon that keeps discounting renewals: <paramref name="PercentOff"/> or <paramref name="AmountOff"/>,
/// for <paramref name="CyclesRemaining"/> renewals after the first order (null for all of them).
/// </summary>
public sealed record RenewalCoupon(Guid CouponId, string Code, int? PercentOff, Amount? AmountOff, int? CyclesRemaining);

/// <summary>A subscription bought for someone else: the giver pays <paramref name="PrepaidCycles"/> cycles at once.</summary>
public sealed record GiftTerms(string RecipientEmail, string? Message, DateTimeOffset NotifyAt, int PrepaidCycles, GiftEndBehavior AtEnd);

/// <summary>
/// A subscription checkout has just paid for. <paramref name="FirstPayment"/> is what was collected for the
/// first period (nothing with a trial; for a gift, every prepaid cycle), without the setup fee.
/// </summary>
public sealed record NewSubscription(
    string Email,
    PlanTerms Plan,
    IReadOnlyList<NewSubscriptionItem> Items,
    Amount FirstPayment,
    Amount SetupFeePaid,
    TimeSpan? Trial = null,
    Guid? UserId = null,
    SavedCard? Card = null,
    RenewalCoupon? Coupon = null,
    GiftTerms? Gift = null,
    Guid? OriginOrderId = null);

/// <summary>The new recurring unit price of one item on a new plan.</summary>
public sealed record ItemPrice(Guid ItemId, Amount UnitPrice);

/// <summary>A move to another plan, with every item's price on it.</summary>
public sealed record PlanChange(PlanTerms Plan, IReadOnlyList<ItemPrice> Prices);
