using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Shipping;
using WalkingDrum.Core.Money;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Shipping;

public sealed class ShippingRateRulesTests
{
    [Theory]
    [InlineData("4.90", "EUR", 490L, null)]
    [InlineData("0", "EUR", 0L, null)]
    [InlineData("0.00", "EUR", 0L, null)]
    [InlineData(" 12 ", "EUR", 1200L, null)]
    [InlineData("4.9", "EUR", 490L, null)]
    [InlineData("4.900", "EUR", 490L, null)] // the same value; only real extra precision is refused
    [InlineData("500", "JPY", 500L, null)]
    [InlineData("4.905", "EUR", null, "EUR amounts have at most 2 decimals.")]
    [InlineData("4.5", "JPY", null, "JPY amounts have no decimals.")]
    [InlineData("-1", "EUR", null, "Enter an amount of zero or more.")]
    [InlineData("4,90", "EUR", null, "Use a point for decimals")]
    [InlineData("four", "EUR", null, "Enter an amount such as 12.50.")]
    [InlineData("1e3", "EUR", null, "Enter an amount such as 12.50.")]
    [InlineData("", "EUR", null, "Enter the price per order")]
    [InlineData("99999999999", "EUR", null, "Enter at most 1,000,000,000.")]
    public void Prices_are_read_in_the_shops_currency(string price, string currency, long? minor, string? problem)
    {
        var errors = new CatalogErrors();

        var values = ShippingRateRules.Read(new ShippingRateInput("Standard", price, null, null), currency, errors);

        Assert.Equal(minor, values?.Price.MinorUnits);
        Assert.Equal(currency, values?.Price.Currency ?? currency);
        AssertProblem(errors, nameof(ShippingRateInput.Price), problem);
    }

    [Theory]
    [InlineData("", null, null)]
    [InlineData("  ", null, null)]
    [InlineData("50.00", 5000L, null)]
    [InlineData("0.01", 1L, null)]
    [InlineData("0", null, "Enter an amount above zero, or leave it empty")]
    [InlineData("-5", null, "Enter an amount of zero or more.")]
    [InlineData("50.001", null, "EUR amounts have at most 2 decimals.")]
    public void Free_over_is_optional_and_above_zero(string freeOver, long? minor, string? problem)
    {
        var errors = new CatalogErrors();

        var values = ShippingRateRules.Read(new ShippingRateInput("Standard", "4.90", freeOver, null), "EUR", errors);

        Assert.Equal(problem is null, values is not null);
        Assert.Equal(minor, values?.FreeOver?.MinorUnits);
        AssertProblem(errors, nameof(ShippingRateInput.FreeOver), problem);
    }

    [Theory]
    [InlineData("", "", null)]
    [InlineData(null, "", null)]
    [InlineData("fr, DE gb", "FR,DE,GB", null)]
    [InlineData("us;ca", "US,CA", null)]
    [InlineData("FR\nfr  Fr", "FR", null)]
    [InlineData(" , ,", "", null)]
    [InlineData("FR, XX", null, "XX is not a country code. Use two-letter ISO codes such as US, FR or GB")]
    [InlineData("UK, de, zz, uk", null, "UK, zz are not country codes.")]
    [InlineData("France", null, "France is not a country code.")]
    [InlineData("AA QQ XA XB XC XD", null, "AA, QQ, XA, XB, XC and more are not country codes.")]
    public void Countries_accept_commas_or_spaces_in_any_case_and_name_unknown_codes(string? countries, string? stored, string? problem)
    {
        var errors = new CatalogErrors();

        var values = ShippingRateRules.Read(new ShippingRateInput("Standard", "4.90", null, countries), "EUR", errors);

        Assert.Equal(stored, values is null ? null : string.Join(",", values.Countries));
        AssertProblem(errors, nameof(ShippingRateInput.Countries), problem);
    }

    [Theory]
    [InlineData("Standard", null)]
    [InlineData("  Express  ", null)]
    [InlineData("", "Enter the name shoppers choose")]
    [InlineData("   ", "Enter the name shoppers choose")]
    [InlineData("Two\nlines", "Use one line of text")]
    public void Names_are_required_and_on_one_line(string name, string? problem)
    {
        var errors = new CatalogErrors();

        var values = ShippingRateRules.Read(new ShippingRateInput(name, "4.90", null, null), "EUR", errors);

        Assert.Equal(problem is null ? name.Trim() : null, values?.Name);
        AssertProblem(errors, nameof(ShippingRateInput.Name), problem);
    }

    [Fact]
    public void Names_have_a_length_limit_and_every_problem_is_reported_at_once()
    {
        var errors = new CatalogErrors();

        var values = ShippingRateRules.Read(new ShippingRateInput(new string('x', 81), "x", "0", "XX"), "EUR", errors);

        Assert.Null(values);
        Assert.Equal(["Countries", "FreeOver", "Name", "Price"], errors.ByField.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Use at most 80 characters.", errors.ByField["Name"].Single());
    }

    [Fact]
    public void Free_over_is_stored_in_the_price_currency()
    {
        var values = ShippingRateRules.Read(new ShippingRateInput("Standard", "4.90", "50", "US"), "USD", new CatalogErrors())!;
        var rate = new WalkingDrum.Commerce.Models.ShippingRate { Name = "old" };

        values.CopyTo(rate);

        Assert.Equal((new Amount(490, "USD"), new Amount(5000, "USD"), "US"), (rate.Price, rate.FreeOver!.Value, rate.Countries));
        Assert.True(rate.ShipsTo("us"));
        Assert.False(rate.ShipsTo("CA"));
    }

    internal static void AssertProblem(CatalogErrors errors, string field, string? problem)
    {
        if (problem is null)
        {
            Assert.False(errors.Has(field), errors.ToString());
        }
        else
        {
            Assert.True(errors.Has(field), $"No error on {field}: {errors}");
            Assert.Contains(problem, string.Join(" ", errors.ByField[field]), StringComparison.Ordinal);
        }
    }
}
