using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Core.Money;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Checkout;

/// <summary>Shipping and tax arithmetic, in minor units of one currency.</summary>
public sealed class CheckoutTotalsTests
{
    public static TheoryData<long, long, long?, long?, int?, bool, long, long, long> Cases => new()
    {
        // subtotal, discount, rate price, free over, tax bp, tax on shipping → shipping, tax, total
        { 4000, 0, 500, 6000, null, false, 500, 0, 4500 },             // below the threshold: flat price
        { 6000, 0, 500, 6000, null, false, 0, 0, 6000 },               // exactly at the threshold: free
        { 6500, 1000, 500, 6000, null, false, 500, 0, 6000 },          // the discount brings it below: paid again
        { 4000, 0, 500, null, null, false, 500, 0, 4500 },             // no threshold: always paid
        { 4000, 0, null, null, null, false, 0, 0, 4000 },              // no rates at all: free
        { 4000, 0, 500, null, 2000, true, 500, 900, 5400 },            // VAT 20 % on goods and shipping
        { 4000, 0, 500, null, 2000, false, 500, 800, 5300 },           // sales tax on goods only
        { 1999, 0, 0, null, 825, false, 0, 165, 2164 },                // 8.25 % of 19.99 = 1.649… → 1.65
        { 1000, 0, 0, null, 1250, false, 0, 125, 1125 },               // exact
        { 1, 0, 0, null, 5000, false, 0, 1, 1 + 1 },                   // 0.5 of a cent rounds away from zero
        { 3, 0, 0, null, 5000, false, 0, 2, 5 },                       // 1.5 → 2
        { 5000, 5000, 500, 6000, 2000, true, 500, 100, 600 },          // a 100 % discount still pays shipping and its tax
        { 10000, 2500, 700, 5000, 1900, true, 0, 1425, 8925 },         // 75.00 after discount ≥ 50: free; 19 % of 75.00
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quote_adds_shipping_and_tax(
        long subtotal, long discount, long? ratePrice, long? freeOver, int? basisPoints, bool taxShipping, long shipping, long tax, long total)
    {
        var rate = ratePrice is { } price
            ? new ShippingRate { Name = "Standard", Price = Eur(price), FreeOver = freeOver is { } over ? Eur(over) : null }
            : null;
        var taxRate = basisPoints is { } bp ? new TaxRate { CountryCode = "FR", Name = "VAT", BasisPoints = bp, AppliesToShipping = taxShipping } : null;

        var quote = CheckoutTotals.Quote(Eur(subtotal), Eur(discount), rate, taxRate);

        Assert.Equal(Eur(shipping), quote.Shipping);
        Assert.Equal(Eur(tax), quote.Tax);
        Assert.Equal(Eur(total), quote.Total);
        Assert.Equal(quote.Subtotal - quote.Discount + quote.Shipping + quote.Tax, quote.Total);
    }

    [Fact]
    public void Labels_name_the_rate_and_the_tax()
    {
        var quote = CheckoutTotals.Quote(Eur(7000), Eur(0),
            new ShippingRate { Name = "Standard", Price = Eur(500), FreeOver = Eur(6000) },
            new TaxRate { CountryCode = "US", Name = "Sales tax", BasisPoints = 825 });
        var free = CheckoutTotals.Quote(Eur(100), Eur(0), null, null);

        Assert.Equal("Standard", quote.ShippingMethod);
        Assert.True(quote.ShippingWaived);
        Assert.Equal("Sales tax 8.25 %", quote.TaxLabel);
        Assert.Equal(CheckoutTotals.NoRatesMethod, free.ShippingMethod);
        Assert.Equal("", free.TaxLabel);
        Assert.False(free.ShippingWaived);
    }

    [Fact]
    public void Japanese_yen_has_no_minor_unit_to_round_into()
    {
        var quote = CheckoutTotals.Quote(new Amount(1234, "JPY"), new Amount(0, "JPY"), null, new TaxRate { CountryCode = "JP", Name = "Consumption tax", BasisPoints = 1000 });

        Assert.Equal(new Amount(123, "JPY"), quote.Tax);
        Assert.Equal(new Amount(1357, "JPY"), quote.Total);
    }

    [Fact]
    public void A_discount_above_the_subtotal_or_a_mixed_currency_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckoutTotals.Quote(Eur(100), Eur(101), null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckoutTotals.Quote(Eur(100), Eur(-1), null, null));
        Assert.Throws<InvalidOperationException>(() =>
            CheckoutTotals.Quote(Eur(100), Eur(0), new ShippingRate { Name = "US", Price = new Amount(500, "USD") }, null));
    }

    private static Amount Eur(long minor) => new(minor, "EUR");
}
