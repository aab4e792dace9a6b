using WalkingDrum.Core.Money;
using Xunit;

namespace WalkingDrum.Core.Tests.Money;

public sealed class AmountTests
{
    [Theory]
    [InlineData("12.50", "usd", 1250, "12.50 USD")]
    [InlineData("0.01", "EUR", 1, "0.01 EUR")]
    [InlineData("1200", "JPY", 1200, "1200 JPY")]
    [InlineData("1.005", "KWD", 1005, "1.005 KWD")]
    [InlineData("-3.20", "GBP", -320, "-3.20 GBP")]
    public void FromMajor_parses_exactly_in_minor_units(string major, string currency, long minor, string text)
    {
        var amount = Amount.FromMajor(major, currency);
        Assert.Equal(minor, amount.MinorUnits);
        Assert.Equal(text, amount.ToString());
    }

    [Theory]
    [InlineData("1.234", "USD")]
    [InlineData("10.5", "JPY")]
    public void FromMajor_refuses_more_precision_than_the_currency_has(string major, string currency) =>
        Assert.Throws<FormatException>(() => Amount.FromMajor(major, currency));

    [Theory]
    [InlineData("US")]
    [InlineData("US1")]
    [InlineData("")]
    public void Currency_must_be_a_three_letter_code(string currency) =>
        Assert.Throws<ArgumentException>(() => new Amount(1, currency));

    [Fact]
    public void Arithmetic_keeps_the_currency()
    {
        var price = new Amount(1999, "USD");
        Assert.Equal(new Amount(5997, "USD"), price * 3);
        Assert.Equal(new Amount(2499, "USD"), price + new Amount(500, "usd"));
        Assert.Equal(new Amount(1499, "USD"), price - new Amount(500, "USD"));
        Assert.True(price > new Amount(1000, "USD"));
    }

    [Fact]
    public void Mixing_currencies_is_refused()
    {
        var dollars = new Amount(100, "USD");
        var euros = new Amount(100, "EUR");
        Assert.Throws<InvalidOperationException>(() => dollars + euros);
        Assert.Throws<InvalidOperationException>(() => dollars.CompareTo(euros));
    }

    [Fact]
    public void Overflow_is_an_error_not_a_wrap() =>
        Assert.Throws<OverflowException>(() => new Amount(long.MaxValue, "USD") + new Amount(1, "USD"));

    [Theory]
    [InlineData(1250, "USD", "12.50", "$12.50")]
    [InlineData(1250, "EUR", "12.50", "€12.50")]
    [InlineData(-599, "GBP", "-5.99", "-£5.99")]
    [InlineData(1500, "JPY", "1500", "¥1500")]
    [InlineData(1250, "CHF", "12.50", "12.50 CHF")]
    [InlineData(12345, "KWD", "12.345", "12.345 KWD")]
    public void Formats_for_forms_and_for_shoppers(long minor, string currency, string major, string display)
    {
        var amount = new Amount(minor, currency);
        Assert.Equal(major, amount.ToMajorString());
        Assert.Equal(display, amount.ToDisplayString());
    }
}
