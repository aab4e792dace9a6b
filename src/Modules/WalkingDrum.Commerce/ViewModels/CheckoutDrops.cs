using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.ViewModels;

/// <summary>The <c>checkout</c> object of <c>checkout.liquid</c>.</summary>
/// <param name="Lines">The cart's lines.</param>
/// <param name="CouponCode">The code that gives the discount, if any.</param>
/// <param name="Summary">Shipping choices and totals for the chosen country.</param>
/// <param name="Countries">Countries the shop ships to, the chosen one selected.</param>
/// <param name="Values">What the shopper entered, by field name.</param>
/// <param name="Errors">Problems with fields, by field name.</param>
/// <param name="Problem">A problem with the checkout as a whole.</param>
/// <param name="Messages">What changed in the cart since the shopper last looked.</param>
/// <param name="SignedIn">Whether the shopper is signed in (no account offer then).</param>
/// <param name="Token">The anti-forgery token the form posts.</param>
public sealed record CheckoutPageDrop(
    IReadOnlyList<CartLineDrop> Lines, string? CouponCode, CheckoutSummaryDrop Summary, IReadOnlyList<CountryOptionDrop> Countries,
    IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, string? Problem,
    IReadOnlyList<string> Messages, bool SignedIn, string Token)
{
    public bool HasErrors => Errors.Count > 0 || Problem is not null;

    /// <summary>Whether paying also saves the card, for the renewals of the subscriptions in the cart.</summary>
    public bool SavesCard => Lines.Any(l => l.IsSubscription);

    /// <summary>The field errors in form order, for the summary at the top of the form.</summary>
    public IReadOnlyList<FieldErrorDrop> ErrorList =>
        [.. FieldOrder.Where(Errors.ContainsKey).Select(f => new FieldErrorDrop(f, Errors[f]))];

    private static readonly string[] FieldOrder =
    [
        CheckoutFields.Email, CheckoutFields.Password, CheckoutFields.Name, CheckoutFields.Line1, CheckoutFields.Line2,
        CheckoutFields.City, CheckoutFields.Region, CheckoutFields.PostalCode, CheckoutFields.Country, CheckoutFields.ShippingRate,
    ];
}

/// <summary>A field's problem, linked from the error summary.</summary>
/// <param name="Field">The field's name (and id).</param>
/// <param name="Message">What is wrong.</param>
public sealed record FieldErrorDrop(string Field, string Message);

/// <summary>A country in the picker.</summary>
/// <param name="Code">ISO code.</param>
/// <param name="Name">English name.</param>
/// <param name="Selected">Whether it is the chosen one.</param>
public sealed record CountryOptionDrop(string Code, string Name, bool Selected);

/// <summary>The part of the checkout page that follows the country: shipping choices and totals.</summary>
/// <param name="Country">The chosen country's code, empty before one is chosen.</param>
/// <param name="Rates">Shipping choices for that country.</param>
/// <param name="ShipsFree">Whether the shop has no rates (every order ships free).</param>
/// <param name="NoShipping">Whether the shop does not ship to the chosen country.</param>
/// <param name="Subtotal">Sum of the lines.</param>
/// <param name="Discount">What the coupon takes off.</param>
/// <param name="ShippingMethod">The chosen rate's name.</param>
/// <param name="Shipping">Its price for this order.</param>
/// <param name="TaxLabel">"VAT 20 %", empty without tax.</param>
/// <param name="Tax">Tax added.</param>
/// <param name="Total">What the shopper pays.</param>
public sealed record CheckoutSummaryDrop(
    string Country, IReadOnlyList<ShippingChoiceDrop> Rates, bool ShipsFree, bool NoShipping, Amount Subtotal, Amount Discount,
    string ShippingMethod, Amount Shipping, string TaxLabel, Amount Tax, Amount Total)
{
    public bool HasDiscount => Discount.MinorUnits > 0;

    public bool HasTax => Tax.MinorUnits > 0;

    public bool ShippingIsFree => Shipping.MinorUnits == 0;

    public bool HasCountry => Country.Length > 0;

    public static CheckoutSummaryDrop From(CheckoutPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var quote = preview.Quote;
        var subtotalAfterDiscount = quote.Subtotal - quote.Discount;
        var rates = preview.Rates.Select(r =>
        {
            var free = r.FreeOver is { } threshold && subtotalAfterDiscount >= threshold;
            var note = r.FreeOver is { } over && !free && r.Price.MinorUnits > 0 ? $"free from {over.ToDisplayString()}" : null;
            return new ShippingChoiceDrop(r.Id.ToString(), r.Name, free ? Amount.Zero(r.Price.Currency) : r.Price, note, r.Id == preview.Rate?.Id);
        }).ToArray();
        var noShipping = preview.Country.Length > 0 && !preview.ShipsEverywhere && preview.Rates.Count == 0;
        var shipsFree = preview.Rates.Count == 0 && preview.ShipsEverywhere;
        return new CheckoutSummaryDrop(preview.Country, rates, shipsFree, noShipping, quote.Subtotal, quote.Discount, quote.ShippingMethod,
            quote.Shipping, quote.TaxLabel, quote.Tax, quote.Total);
    }
}

/// <summary>One shipping choice.</summary>
/// <param name="Id">The rate's id, posted back.</param>
/// <param name="Name">"Standard".</param>
/// <param name="Price">What it costs for this order (zero above its threshold).</param>
/// <param name="Note">"free from €60.00" while the order is below the threshold.</param>
/// <param name="Selected">Whether it is the chosen one.</param>
public sealed record ShippingChoiceDrop(string Id, string Name, Amount Price, string? Note, bool Selected)
{
    public bool IsFree => Price.MinorUnits == 0;
}
