using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// What the next renewal costs: the items for every cycle it pays, less the coupon, less credit
/// from the balance. The runner charges <see cref="Total"/> and passes the same charge to
/// <c>SubscriptionLifecycle.RenewalPaid</c>.
/// </summary>
public sealed record RenewalCharge(Amount Subtotal, Amount Discount, Amount CreditApplied)
{
    public Amount Total => Subtotal - Discount - CreditApplied;

    /// <summary>Prices the next renewal of <paramref name="subscription"/> as it stands.</summary>
    public static RenewalCharge For(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var subtotal = subscription.CyclePrice * subscription.PrepaidCycles;
        var discount = Amount.Zero(subscription.Currency);
        if (subscription.CouponPercentOff is { } percent)
        {
            discount = new Amount(PercentOf(subtotal.MinorUnits, percent), subscription.Currency);
        }
        else if (subscription.CouponAmountOffMinor is { } off)
        {
            discount = new Amount(Math.Min(off, subtotal.MinorUnits), subscription.Currency);
        }

        var credit = Math.Min(subscription.CreditBalanceMinor, (subtotal - discount).MinorUnits);
        return new RenewalCharge(subtotal, discount, new Amount(credit, subscription.Currency));
    }

    // Half away from zero on the minor unit, as coupons do at checkout.
    private static long PercentOf(long minor, int percent) =>
        (long)Math.Round(minor * (decimal)percent / 100m, MidpointRounding.AwayFromZero);
}
