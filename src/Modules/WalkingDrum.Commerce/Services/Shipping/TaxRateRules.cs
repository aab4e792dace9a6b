using System.Globalization;
using System.Text.RegularExpressions;
using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Shipping;

/// <summary>A tax rate's checked values, ready to copy onto a <see cref="TaxRate"/>.</summary>
internal sealed record TaxRateValues(string CountryCode, string Name, int BasisPoints, bool AppliesToShipping)
{
    public void CopyTo(TaxRate rate)
    {
        rate.CountryCode = CountryCode;
        rate.Name = Name;
        rate.BasisPoints = BasisPoints;
        rate.AppliesToShipping = AppliesToShipping;
    }
}

/// <summary>Reads a <see cref="TaxRateInput"/> without the database, reporting every problem by field.</summary>
internal static partial class TaxRateRules
{
    /// <summary>100 %, in basis points.</summary>
    public const int MaxBasisPoints = 10_000;

    public static TaxRateValues? Read(TaxRateInput input, CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        var country = input.Country?.Trim() ?? "";
        var code = "";
        if (country.Length == 0)
        {
            errors.Add(nameof(TaxRateInput.Country), "Choose the country this tax applies to.");
        }
        else if (!Countries.TryNormalize(country, out code))
        {
            var shown = country.Length > 12 ? country[..12] + "…" : country;
            errors.Add(nameof(TaxRateInput.Country), $"{shown} is not a country code. Choose a country from the list.");
        }

        var name = ShippingRateRules.ReadName(input.Name, TaxRate.MaxNameLength, nameof(TaxRateInput.Name), "Enter the name receipts show, e.g. VAT or Sales tax.", errors);
        var basisPoints = ReadPercent(input.Percent, errors);
        return errors.IsEmpty ? new TaxRateValues(code, name, basisPoints!.Value, input.AppliesToShipping) : null;
    }

    /// <summary>"20" → 2000, "8.25" → 825, "7.5 %" → 750; null after adding why the text is no percentage.</summary>
    public static int? ReadPercent(string? text, CatalogErrors errors)
    {
        var value = (text ?? "").Trim().TrimEnd('%').TrimEnd();
        var field = nameof(TaxRateInput.Percent);
        if (value.Length == 0)
        {
            errors.Add(field, "Enter the rate as a percentage, e.g. 20 or 8.25.");
            return null;
        }

        if (value.Contains(',', StringComparison.Ordinal))
        {
            errors.Add(field, "Use a point for decimals, e.g. 8.25.");
            return null;
        }

        if (!PlainNumber().IsMatch(value) || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
        {
            errors.Add(field, "Enter a percentage such as 20 or 8.25.");
            return null;
        }

        var basisPoints = percent * 100;
        if (basisPoints != decimal.Truncate(basisPoints))
        {
            errors.Add(field, "Use at most 2 decimals, e.g. 8.25.");
            return null;
        }

        if (basisPoints is <= 0 or > MaxBasisPoints)
        {
            errors.Add(field, "Enter a percentage above 0 and at most 100.");
            return null;
        }

        return (int)basisPoints;
    }

    [GeneratedRegex(@"^[0-9]{1,6}(\.[0-9]{1,12})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
