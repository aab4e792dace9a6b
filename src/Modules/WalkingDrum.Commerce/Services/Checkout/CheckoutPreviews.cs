using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Carts;

namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>What the checkout page shows: the cart, the countries and ways to ship to the chosen one, and the totals.</summary>
/// <param name="Cart">The cart priced now.</param>
/// <param name="Country">The country quoted for (upper case), or empty before one is chosen.</param>
/// <param name="Rates">Rates that ship to <paramref name="Country"/>; empty when the shop has none (it ships free).</param>
/// <param name="Rate">The rate quoted for.</param>
/// <param name="Quote">The totals for that country and rate.</param>
/// <param name="ShipsEverywhere">Whether the shop has no rates at all, or one for every country.</param>
/// <param name="Countries">The countries to offer: every country when the shop ships everywhere, else those its rates list.</param>
public sealed record CheckoutPreview(
    PricedCart Cart, string Country, IReadOnlyList<ShippingRate> Rates, ShippingRate? Rate, CheckoutQuote Quote, bool ShipsEverywhere,
    IReadOnlyList<Country> Countries);

/// <summary>What one checkout request reads from the database.</summary>
/// <param name="Cart">The cart priced now.</param>
/// <param name="Rates">Every rate of the shop in its current currency, in the merchant's order.</param>
/// <param name="Country">The chosen country (upper case), or empty when none or an unknown one was chosen.</param>
/// <param name="Tax">The tax rate of <paramref name="Country"/>, if any.</param>
internal sealed record CheckoutReading(PricedCart Cart, IReadOnlyList<ShippingRate> Rates, string Country, TaxRate? Tax);

/// <summary>Builds the checkout page's <see cref="CheckoutPreview"/> from what was read, without the database.</summary>
internal static class CheckoutPreviews
{
    public static CheckoutPreview Build(CheckoutReading reading, string? rateId)
    {
        var (cart, rates, code, tax) = reading;
        var available = code.Length == 0 ? [] : CheckoutRules.RatesFor(code, rates);
        var rate = available.FirstOrDefault(r => r.Id.ToString() == rateId) ?? (available.Count > 0 ? available[0] : null);
        var quote = CheckoutTotals.Quote(cart.Subtotal, cart.Discount, rate, tax);
        var everywhere = rates.Count == 0 || rates.Any(r => r.CountryCodes.Count == 0);
        return new CheckoutPreview(cart, code, rates.Count == 0 ? [] : available, rate, quote, everywhere, OfferedCountries(rates, everywhere));
    }

    private static IReadOnlyList<Country> OfferedCountries(IReadOnlyList<ShippingRate> rates, bool everywhere)
    {
        if (everywhere)
        {
            return Countries.All;
        }

        var listed = rates.SelectMany(r => r.CountryCodes).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Countries.All.Where(c => listed.Contains(c.Code))];
    }
}
