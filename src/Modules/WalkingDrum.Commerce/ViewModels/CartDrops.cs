using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.ViewModels;

/// <summary>The <c>cart</c> object of <c>cart.liquid</c>.</summary>
/// <param name="Lines">The priced lines.</param>
/// <param name="Subtotal">Sum of the lines.</param>
/// <param name="Discount">What the coupon takes off.</param>
/// <param name="Total">What the shopper pays.</param>
/// <param name="ItemCount">Units in the cart.</param>
/// <param name="CouponCode">The applied code, if any.</param>
/// <param name="CouponProblem">Why the applied code gives no discount now.</param>
/// <param name="Messages">What changed since the shopper last looked.</param>
/// <param name="Notice">What the shopper's last change did.</param>
/// <param name="Error">Why the shopper's last change was refused.</param>
/// <param name="Token">The anti-forgery token the page's forms post.</param>
/// <param name="Confirm">An addition waiting for the shopper's confirmation.</param>
public sealed record CartPageDrop(
    IReadOnlyList<CartLineDrop> Lines, Amount Subtotal, Amount Discount, Amount Total, int ItemCount, string? CouponCode,
    string? CouponProblem, IReadOnlyList<string> Messages, string? Notice, string? Error, string Token, CartConfirmDrop? Confirm)
{
    public bool HasDiscount => Discount.MinorUnits > 0;

    public static CartPageDrop From(PricedCart cart, string token, string? notice, string? error, CartConfirmDrop? confirm)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var lines = cart.Lines.Select(l => new CartLineDrop(
            l.VariantId.ToString(), l.Title, l.Sku, CatalogPaths.Product(l.ProductSlug), l.UnitPrice, l.Quantity, l.LineTotal,
            Math.Min(l.StockLimit ?? CartInput.MaxQuantity, CartInput.MaxQuantity), l.PurchaseOption ?? "", l.Option?.Label, l.Option?.Recurring,
            l.Option?.Terms)).ToArray();
        return new CartPageDrop(lines, cart.Subtotal, cart.Discount, cart.Total, cart.ItemCount, cart.Coupon?.Code, cart.Coupon?.Problem,
            cart.Messages, notice, error, token, confirm);
    }
}

/// <summary>One line of the cart page.</summary>
/// <param name="VariantId">The variant, posted back by the line's forms.</param>
/// <param name="Title">"Kenya AA — 250 g".</param>
/// <param name="Sku">Stock-keeping unit, if set.</param>
/// <param name="Url">The product's path in the shop.</param>
/// <param name="UnitPrice">Price of one unit now.</param>
/// <param name="Quantity">Units.</param>
/// <param name="LineTotal">What the line costs at checkout (for a subscription: what is due now).</param>
/// <param name="MaxQuantity">Most units the shopper may ask for (stock, or the cart's limit).</param>
/// <param name="PurchaseOption">The option's key the line's forms post back as <c>purchase_option</c>; empty for a one-time purchase.</param>
/// <param name="OptionLabel">The option as the shopper chose it ("Every 2 weeks · 10% off"); null for a one-time purchase.</param>
/// <param name="Recurring">What the line costs at each renewal; null for a one-time purchase.</param>
/// <param name="Terms">"Then $18.00 every 2 weeks after a 14-day trial."; null for a one-time purchase.</param>
public sealed record CartLineDrop(
    string VariantId, string Title, string? Sku, string Url, Amount UnitPrice, int Quantity, Amount LineTotal, int MaxQuantity,
    string PurchaseOption, string? OptionLabel, Amount? Recurring, string? Terms)
{
    public bool IsSubscription => OptionLabel is not null;
}

/// <summary>An addition that arrived without a valid anti-forgery token, shown back for one click to confirm.</summary>
/// <param name="VariantId">The variant to add.</param>
/// <param name="Title">Its title.</param>
/// <param name="Quantity">Units to add.</param>
/// <param name="PurchaseOption">The option to buy it with, posted again on confirmation; empty for a one-time purchase.</param>
public sealed record CartConfirmDrop(string VariantId, string Title, int Quantity, string PurchaseOption);
