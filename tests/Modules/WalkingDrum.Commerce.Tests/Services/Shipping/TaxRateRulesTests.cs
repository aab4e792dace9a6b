using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Shipping;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Shipping;

public sealed class TaxRateRulesTests
{
    [Theory]
    [InlineData("20", 2000, null)]
    [InlineData("8.25", 825, null)]
    [InlineData("7.5", 750, null)]
    [InlineData("0.01", 1, null)]
    [InlineData("100", 10000, null)]
    [InlineData("19.00", 1900, null)]
    [InlineData(" 20 % ", 2000, null)]
    [InlineData("20%", 2000, null)]
    [InlineData("8.250", 825, null)] // the same value; only real extra precision is refused
    [InlineData("8.125", null, "Use at most 2 decimals")]
    [InlineData("0", null, "Enter a percentage above 0 and at most 100.")]
    [InlineData("0.00", null, "Enter a percentage above 0 and at most 100.")]
    [InlineData("100.01", null, "Enter a percentage above 0 and at most 100.")]
    [InlineData("250", null, "Enter a percentage above 0 and at most 100.")]
    [InlineData("-5", null, "Enter a percentage such as 20 or 8.25.")]
    [InlineData("8,25", null, "Use a point for decimals")]
    [InlineData("twenty", null, "Enter a percentage such as 20 or 8.25.")]
    [InlineData(".5", null, "Enter a percentage such as 20 or 8.25.")]
    [InlineData("1e1", null, "Enter a percentage such as 20 or 8.25.")]
    [InlineData("", null, "Enter the rate as a percentage")]
    [InlineData("9999999999999", null, "Enter a percentage such as 20 or 8.25.")]
    public void Percentages_are_stored_as_basis_points(string percent, int? basisPoints, string? problem)
    {
        var errors = new CatalogErrors();

        var values = TaxRateRules.Read(new TaxRateInput("FR", "VAT", percent, true), errors);

        Assert.Equal(basisPoints, values?.BasisPoints);
        ShippingRateRulesTests.AssertProblem(errors, nameof(TaxRateInput.Percent), problem);
    }

    [Theory]
    [InlineData("FR", "FR", null)]
    [InlineData(" de", "DE", null)]
    [InlineData("", null, "Choose the country this tax applies to.")]
    [InlineData(null, null, "Choose the country this tax applies to.")]
    [InlineData("UK", null, "UK is not a country code. Choose a country from the list.")]
    [InlineData("France", null, "France is not a country code.")]
    public void The_country_is_required_and_known(string? country, string? code, string? problem)
    {
        var errors = new CatalogErrors();

        var values = TaxRateRules.Read(new TaxRateInput(country, "VAT", "20", false), errors);

        Assert.Equal(code, values?.CountryCode);
        ShippingRateRulesTests.AssertProblem(errors, nameof(TaxRateInput.Country), problem);
    }

    [Theory]
    [InlineData("VAT", null)]
    [InlineData("", "Enter the name receipts show")]
    [InlineData("This name is far longer than forty characters", "Use at most 40 characters.")]
    public void The_name_is_required_and_short(string name, string? problem)
    {
        var errors = new CatalogErrors();

        TaxRateRules.Read(new TaxRateInput("FR", name, "20", false), errors);

        ShippingRateRulesTests.AssertProblem(errors, nameof(TaxRateInput.Name), problem);
    }
}
