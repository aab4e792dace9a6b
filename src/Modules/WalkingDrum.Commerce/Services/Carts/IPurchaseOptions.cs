using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Carts;

/// <summary>
/// Ways to buy a product other than once, offered by another module (the Subscriptions module's
/// plans). A cart line names its option by an opaque key;
/// Commerce asks this service to price such lines and never interprets the key. Every line bought
/// with an option saves the shopper's card for later off-session payments.
/// </summary>
public interface IPurchaseOptions
{
    /// <summary>
    /// Prices lines bought with an option, in the order given; an option no longer offered (plan
    /// removed, feature switched off) gives <see langword="null"/>, and the cart drops that line.
    /// </summary>
    Task<IReadOnlyList<PurchaseOptionQuote?>> QuoteAsync(IReadOnlyList<PurchaseOptionRequest> lines, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="productIds"/>, those that cannot be bought once (subscription only).</summary>
    Task<IReadOnlySet<Guid>> RequiringOptionAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);
}

/// <summary>A cart line bought with a purchase option, to be priced.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="VariantId">The variant.</param>
/// <param name="Option">The option's key as the storefront posted it.</param>
/// <param name="UnitPrice">The variant's one-time catalog price now.</param>
/// <param name="Quantity">Units, at least one.</param>
public sealed record PurchaseOptionRequest(Guid ProductId, Guid VariantId, string Option, Amount UnitPrice, int Quantity);

/// <summary>What a line bought with an option costs today and later.</summary>
/// <param name="Label">The option as the shopper chose it ("Every 2 weeks · 10% off").</param>
/// <param name="DueNow">What the whole line costs at checkout (zero during a free trial, setup fee included).</param>
/// <param name="Recurring">What the whole line costs at each renewal.</param>
/// <param name="Terms">One sentence on what follows ("Then $18.00 every 2 weeks after a 14-day trial.").</param>
public sealed record PurchaseOptionQuote(string Label, Amount DueNow, Amount Recurring, string Terms);
