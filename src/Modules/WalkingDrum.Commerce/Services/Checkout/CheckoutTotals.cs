using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>
/// The arithmetic of a checkout: shipping from the chosen flat rate (free from its threshold on,
/// measured after the discount) and tax on top of the catalog's pre-tax prices, rounded once on
/// the order, half away from zero, as receipts show it.
/// </summary>
public static class CheckoutTotals
{
    /// <summary>The name used for shipping when the shop has set up no rates: it then ships free.</summary>
    public const string NoRatesMethod = "Free shipping";

    /// <summary>Prices a checkout; <paramref name="rate"/> is null only when the shop has no rates at all.</summary>
    public static CheckoutQuote Quote(Amount subtotal, Amount discount, ShippingRate? rate, TaxRate? tax)
    {
        if (discount.MinorUnits < 0 || discount > subtotal)
        {
            throw new ArgumentOutOfRangeException(nameof(discount), "A discount lies between zero and the subtotal.");
        }

        var zero = Amount.Zero(subtotal.Currency);
        var discounted = subtotal - discount;
        var waived = rate?.FreeOver is { } threshold && discounted >= threshold && rate.Price.MinorUnits > 0;
        var shipping = rate is null || waived ? zero : rate.Price;
        var taxable = tax is { AppliesToShipping: true } ? discounted + shipping : discounted;
        var taxAmount = tax is null ? zero : Percentage(taxable, tax.BasisPoints);
        return new CheckoutQuote(
            subtotal, discount, rate?.Name ?? NoRatesMethod, shipping, tax?.Label ?? "", taxAmount, discounted + shipping + taxAmount)
        {
            ShippingWaived = waived,
        };
    }

    /// <summary><paramref name="basisPoints"/> hundredths of a percent of <paramref name="amount"/>, rounded half away from zero.</summary>
    public static Amount Percentage(Amount amount, int basisPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(basisPoints);
        var minor = Math.Round(amount.MinorUnits * (decimal)basisPoints / 10_000m, MidpointRounding.AwayFromZero);
        return new Amount((long)minor, amount.Currency);
    }
}
