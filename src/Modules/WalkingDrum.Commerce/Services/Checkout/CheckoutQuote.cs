using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>What a checkout costs, line by line of the summary. Every amount shares one currency.</summary>
/// <param name="Subtotal">Sum of the cart's lines.</param>
/// <param name="Discount">What the coupon takes off the subtotal.</param>
/// <param name="ShippingMethod">The chosen rate's name, "Free shipping" when the shop has no rates.</param>
/// <param name="Shipping">The chosen rate's price, or zero above its free-over threshold.</param>
/// <param name="TaxLabel">"VAT 20 %", or empty without tax.</param>
/// <param name="Tax">Tax added on top of the discounted subtotal (and shipping, where taxed).</param>
/// <param name="Total">What the shopper pays.</param>
public sealed record CheckoutQuote(
    Amount Subtotal, Amount Discount, string ShippingMethod, Amount Shipping, string TaxLabel, Amount Tax, Amount Total)
{
    /// <summary>Whether the chosen rate would have cost something without its free-over threshold.</summary>
    public bool ShippingWaived { get; init; }
}
