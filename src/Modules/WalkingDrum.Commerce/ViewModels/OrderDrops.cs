using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.ViewModels;

/// <summary>The <c>order</c> object of <c>order.liquid</c>: a paid order as its shopper sees it.</summary>
/// <param name="Number">"1001".</param>
/// <param name="Email">Where the confirmation went.</param>
/// <param name="IsTest">Paid in test mode: no money moved.</param>
/// <param name="Lines">What was bought.</param>
/// <param name="Subtotal">Sum of the lines.</param>
/// <param name="Discount">What the coupon took off.</param>
/// <param name="CouponCode">The code used.</param>
/// <param name="ShippingMethod">The rate chosen.</param>
/// <param name="Shipping">What shipping cost.</param>
/// <param name="TaxLabel">"VAT 20 %".</param>
/// <param name="Tax">Tax paid.</param>
/// <param name="Total">What was paid.</param>
/// <param name="Address">The shipping address, one line each, the country by name.</param>
/// <param name="PlacedAt">When it was paid, ISO 8601.</param>
public sealed record OrderPageDrop(
    string Number, string Email, bool IsTest, IReadOnlyList<OrderLineDrop> Lines, Amount Subtotal, Amount Discount, string? CouponCode,
    string ShippingMethod, Amount Shipping, string TaxLabel, Amount Tax, Amount Total, IReadOnlyList<string> Address, string PlacedAt)
{
    public bool HasDiscount => Discount.MinorUnits > 0;

    public bool HasTax => Tax.MinorUnits > 0;

    public bool ShippingIsFree => Shipping.MinorUnits == 0;

    public static OrderPageDrop From(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var lines = order.Lines.OrderBy(l => l.Position).Select(l => new OrderLineDrop(l.Title, l.Sku, l.Quantity, l.UnitPrice, l.LineTotal)).ToArray();
        var address = order.ShippingAddress.Lines.Select(line => line == order.ShippingCountry ? Countries.Name(line) : line).ToArray();
        return new OrderPageDrop(
            order.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), order.Email, order.IsTest, lines, order.Subtotal,
            order.Discount, order.CouponCode, order.ShippingMethod, order.Shipping, order.TaxLabel, order.Tax, order.Total, address,
            order.PlacedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>One line of an order as sold.</summary>
/// <param name="Title">Product and options.</param>
/// <param name="Sku">Stock-keeping unit, if any.</param>
/// <param name="Quantity">Units.</param>
/// <param name="UnitPrice">Price of one.</param>
/// <param name="LineTotal">Price of all.</param>
public sealed record OrderLineDrop(string Title, string? Sku, int Quantity, Amount UnitPrice, Amount LineTotal);

/// <summary>The <c>pending</c> object of <c>order.liquid</c> while the payment is not confirmed yet.</summary>
/// <param name="RefreshUrl">The page's own address, polled until the order exists.</param>
/// <param name="Message">What is happening, or why we could not ask.</param>
public sealed record PendingOrderDrop(string RefreshUrl, string Message);
