using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Carts;

/// <summary>
/// A cart priced from the catalog as it is now. Every amount is in the shop's currency; lines
/// that can no longer be bought were dropped and <see cref="Messages"/> says so.
/// </summary>
/// <param name="CartId">The cart's id; null when the shopper has no cart yet.</param>
/// <param name="Currency">The shop's currency.</param>
/// <param name="Lines">Lines in the order they were added.</param>
/// <param name="Subtotal">Sum of the line totals.</param>
/// <param name="Coupon">The code the shopper applied, whether or not it gives a discount now.</param>
/// <param name="Discount">What the coupon takes off; zero without one.</param>
/// <param name="Total">Subtotal less discount, never negative.</param>
/// <param name="Messages">What changed since the shopper last looked (dropped lines, lowered quantities, a vanished code).</param>
public sealed record PricedCart(
    Guid? CartId, string Currency, IReadOnlyList<PricedCartLine> Lines, Amount Subtotal, AppliedCoupon? Coupon,
    Amount Discount, Amount Total, IReadOnlyList<string> Messages)
{
    /// <summary>Units in the cart, for the header's count.</summary>
    public int ItemCount => Lines.Sum(l => l.Quantity);

    public bool IsEmpty => Lines.Count == 0;

    public static PricedCart Empty(string currency) =>
        new(null, currency, [], Amount.Zero(currency), null, Amount.Zero(currency), Amount.Zero(currency), []);
}

/// <summary>One priced line.</summary>
/// <param name="VariantId">The variant bought.</param>
/// <param name="ProductId">Its product.</param>
/// <param name="Title">Product title with the variant's options ("Kenya AA — 250 g").</param>
/// <param name="Sku">Stock-keeping unit, if set.</param>
/// <param name="ProductSlug">The product's slug, for its <c>/products/{slug}</c> address.</param>
/// <param name="UnitPrice">The catalog price of one unit now.</param>
/// <param name="Quantity">Units.</param>
/// <param name="LineTotal">What the line costs at checkout: unit price times quantity, or its option's <see cref="PurchaseOptionQuote.DueNow"/>.</param>
/// <param name="StockLimit">Units on hand when the variant tracks inventory; null when it never runs out.</param>
/// <param name="Option">The purchase option it is bought with, as quoted now; null for a one-time purchase.</param>
public sealed record PricedCartLine(
    Guid VariantId, Guid ProductId, string Title, string? Sku, string ProductSlug, Amount UnitPrice, int Quantity, Amount LineTotal, int? StockLimit,
    PricedPurchaseOption? Option)
{
    /// <summary>The option's key, as the line's forms post it back; null for a one-time purchase.</summary>
    public string? PurchaseOption => Option?.Key;
}

/// <summary>The purchase option of a priced line.</summary>
/// <param name="Key">The option's key (<see cref="IPurchaseOptions"/>).</param>
/// <param name="Label">The option as the shopper chose it ("Every 2 weeks · 10% off").</param>
/// <param name="Recurring">What the whole line costs at each renewal.</param>
/// <param name="Terms">What follows ("Then $18.00 every 2 weeks after a 14-day trial.").</param>
public sealed record PricedPurchaseOption(string Key, string Label, Amount Recurring, string Terms);

/// <summary>The coupon a cart carries.</summary>
/// <param name="CouponId">For <see cref="Coupons.CouponRedemptions.TryRedeemAsync"/>.</param>
/// <param name="Code">The code as the merchant wrote it.</param>
/// <param name="Duration">How long it applies to a subscription.</param>
/// <param name="DurationCycles">Billing cycles for <see cref="CouponDuration.Repeating"/>.</param>
/// <param name="Problem">Why it gives no discount now (minimum not reached, expired…); null when it applies.</param>
public sealed record AppliedCoupon(Guid CouponId, string Code, CouponDuration Duration, int? DurationCycles, string? Problem);
