using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Core.Money;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Checkout;

/// <summary>The checkout form's rules: every field's problem in words, and the shipping choice.</summary>
public sealed class CheckoutRulesTests
{
    private static readonly ShippingRate Europe = new() { Name = "Standard", Countries = "FR,DE", Price = new Amount(500, "EUR"), Position = 0 };
    private static readonly ShippingRate Express = new() { Name = "Express", Countries = "FR", Price = new Amount(1500, "EUR"), Position = 1 };

    public static TheoryData<string, string?, string> BadFields => new()
    {
        { CheckoutFields.Email, "", "Enter your email address: your receipt goes there." },
        { CheckoutFields.Email, "not-an-email", "Enter an email address like name@example.com." },
        { CheckoutFields.Email, "a@b", "Enter an email address like name@example.com." },
        { CheckoutFields.Email, "Ada <ada@example.com>", "Enter an email address like name@example.com." },
        { CheckoutFields.Email, new string('a', 250) + "@example.com", "Enter an email address like name@example.com." },
        { CheckoutFields.Name, "   ", "Enter the recipient’s name." },
        { CheckoutFields.Line1, null, "Enter the street address." },
        { CheckoutFields.City, "\u0000\u0007", "Enter the town or city." },
        { CheckoutFields.PostalCode, "", "Enter the postal code." },
        { CheckoutFields.Line2, new string('x', 201), "Keep this under 200 characters." },
        { CheckoutFields.Country, "", "Choose the country we ship to." },
        { CheckoutFields.Country, "XX", "Choose the country we ship to." },
        { CheckoutFields.Country, "France", "Choose the country we ship to." },
        { CheckoutFields.Country, "US", "Sorry, we don’t ship to United States yet." },
        { CheckoutFields.ShippingRate, "", "Choose how we ship to France." },
        { CheckoutFields.ShippingRate, Guid.NewGuid().ToString(), "Choose how we ship to France." },
        { CheckoutFields.ShippingRate, "'; drop table orders; --", "Choose how we ship to France." },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void A_bad_field_is_named_with_its_problem(string field, string? value, string message)
    {
        var input = With(Good(), field, value);

        var (checkout, errors) = CheckoutRules.Validate(input, [Europe, Express]);

        Assert.Null(checkout);
        Assert.Equal(message, Assert.Contains(field, errors));
        Assert.Single(errors);
    }

    [Fact]
    public void A_good_form_is_trimmed_and_normalized()
    {
        var input = Good() with { Email = "  ada@example.com ", Name = "  Ada   Lovelace ", Country = " fr " };

        var (checkout, errors) = CheckoutRules.Validate(input, [Europe, Express]);

        Assert.Empty(errors);
        Assert.NotNull(checkout);
        Assert.Equal("ada@example.com", checkout.Email);
        Assert.Equal(new PostalAddress("Ada Lovelace", "12 rue de la Paix", "", "Paris", "", "75002", "FR"), checkout.Address);
        Assert.Same(Express, checkout.Rate);
    }

    [Fact]
    public void One_rate_needs_no_choice_and_no_rates_ship_free_everywhere()
    {
        var germany = Good() with { Country = "DE", ShippingRate = null };
        var anywhere = Good() with { Country = "JP", ShippingRate = null };

        var (toGermany, _) = CheckoutRules.Validate(germany, [Europe, Express]);
        var (toJapan, errors) = CheckoutRules.Validate(anywhere, []);

        Assert.Same(Europe, toGermany!.Rate);
        Assert.Empty(errors);
        Assert.Null(toJapan!.Rate);
    }

    [Fact]
    public void Countries_without_postal_codes_do_not_ask_for_one()
    {
        var (checkout, errors) = CheckoutRules.Validate(Good() with { Country = "HK", PostalCode = "", ShippingRate = null }, []);

        Assert.Empty(errors);
        Assert.Equal("", checkout!.Address.PostalCode);
    }

    [Fact]
    public void An_empty_form_names_every_required_field()
    {
        var (_, errors) = CheckoutRules.Validate(new CheckoutInput(), [Europe]);

        Assert.Equal(
            [CheckoutFields.City, CheckoutFields.Country, CheckoutFields.Email, CheckoutFields.Line1, CheckoutFields.Name, CheckoutFields.PostalCode],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    private static CheckoutInput Good() => new()
    {
        Email = "ada@example.com",
        Name = "Ada Lovelace",
        Line1 = "12 rue de la Paix",
        City = "Paris",
        PostalCode = "75002",
        Country = "FR",
        ShippingRate = Express.Id.ToString(),
    };

    private static CheckoutInput With(CheckoutInput input, string field, string? value) => field switch
    {
        CheckoutFields.Email => input with { Email = value },
        CheckoutFields.Name => input with { Name = value },
        CheckoutFields.Line1 => input with { Line1 = value },
        CheckoutFields.Line2 => input with { Line2 = value },
        CheckoutFields.City => input with { City = value },
        CheckoutFields.PostalCode => input with { PostalCode = value },
        CheckoutFields.Country => input with { Country = value },
        CheckoutFields.ShippingRate => input with { ShippingRate = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
