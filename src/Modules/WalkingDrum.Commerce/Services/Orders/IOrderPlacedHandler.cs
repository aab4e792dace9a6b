using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>
/// Told of every order as it is recorded (the Subscriptions module starts the subscriptions its
/// lines ask for). It runs inside the transaction that records the order, exactly once per order:
/// throwing rolls the order back and the payment's event is retried.
/// </summary>
public interface IOrderPlacedHandler
{
    /// <summary>Acts on the new order; stages changes on the scoped DbContext, which the caller saves.</summary>
    Task HandleAsync(PlacedOrder order, CancellationToken cancellationToken);
}

/// <summary>An order just recorded from a paid (or card-saving) checkout.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Number">The shop's order number.</param>
/// <param name="Email">The shopper's address.</param>
/// <param name="UserId">The shopper's account, when signed in or created at checkout.</param>
/// <param name="Lines">The lines in order.</param>
/// <param name="CouponId">The coupon applied, if any.</param>
/// <param name="Completion">The processor's report: payment, customer and saved card.</param>
/// <param name="StorefrontUrl">The storefront's root as the shopper reached it (ends in a slash), for links in emails.</param>
/// <param name="PlacedAt">When the order was recorded.</param>
public sealed record PlacedOrder(
    Guid OrderId, long Number, string Email, Guid? UserId, IReadOnlyList<PlacedOrderLine> Lines, Guid? CouponId,
    CheckoutCompletion Completion, string StorefrontUrl, DateTimeOffset PlacedAt);

/// <summary>One line of a <see cref="PlacedOrder"/>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="VariantId">The variant.</param>
/// <param name="Title">Product and options.</param>
/// <param name="Quantity">Units.</param>
/// <param name="UnitPrice">The variant's one-time price when ordered.</param>
/// <param name="PaidNow">What the line cost at checkout, before the order's coupon.</param>
/// <param name="PurchaseOption">The option it was bought with (<see cref="Carts.IPurchaseOptions"/>); null for a one-time purchase.</param>
public sealed record PlacedOrderLine(
    Guid ProductId, Guid VariantId, string Title, int Quantity, Amount UnitPrice, Amount PaidNow, string? PurchaseOption);
