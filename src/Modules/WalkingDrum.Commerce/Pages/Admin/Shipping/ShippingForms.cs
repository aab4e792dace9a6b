using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Shipping;

namespace WalkingDrum.Commerce.Pages.Admin.Shipping;

/// <summary>A shipping rate's fields as posted (<c>Rate.Name</c>…); names match <see cref="ShippingRateInput"/> so errors land on them.</summary>
public sealed class ShippingRateForm
{
    public const string Prefix = "Rate";

    public string? Name { get; set; }

    public string? Price { get; set; }

    public string? FreeOver { get; set; }

    public string? Countries { get; set; }

    public ShippingRateInput ToInput() => new(Name, Price, FreeOver, Countries);

    public static ShippingRateForm From(ShippingRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return new ShippingRateForm
        {
            Name = rate.Name,
            Price = rate.Price.ToMajorString(),
            FreeOver = rate.FreeOver?.ToMajorString(),
            Countries = string.Join(", ", rate.CountryCodes),
        };
    }
}

/// <summary>A tax rate's fields as posted (<c>Tax.Country</c>…); names match <see cref="TaxRateInput"/> so errors land on them.</summary>
public sealed class TaxRateForm
{
    public const string Prefix = "Tax";

    public string? Country { get; set; }

    public string? Name { get; set; }

    public string? Percent { get; set; }

    public bool AppliesToShipping { get; set; }

    public TaxRateInput ToInput() => new(Country, Name, Percent, AppliesToShipping);

    public static TaxRateForm From(TaxRate tax)
    {
        ArgumentNullException.ThrowIfNull(tax);
        return new TaxRateForm
        {
            Country = tax.CountryCode,
            Name = tax.Name,
            Percent = TaxRate.FormatPercent(tax.BasisPoints),
            AppliesToShipping = tax.AppliesToShipping,
        };
    }
}
