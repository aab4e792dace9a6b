using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Shipping;

/// <summary>A shipping rate's checked values, ready to copy onto a <see cref="ShippingRate"/>.</summary>
internal sealed record ShippingRateValues(string Name, Amount Price, Amount? FreeOver, IReadOnlyList<string> Countries)
{
    public void CopyTo(ShippingRate rate)
    {
        rate.Name = Name;
        // Price first: it sets the currency the free-over amount is stored in.
        rate.Price = Price;
        rate.FreeOver = FreeOver;
        rate.Countries = string.Join(",", Countries);
    }
}

/// <summary>Reads a <see cref="ShippingRateInput"/> without the database, reporting every problem by field.</summary>
internal static class ShippingRateRules
{
    /// <summary>Unknown codes named in one message at most; a pasted paragraph needs no full echo.</summary>
    private const int UnknownCodesShown = 5;

    private static readonly char[] CountrySeparators = [',', ';', ' ', '\t', '\r', '\n'];

    public static ShippingRateValues? Read(ShippingRateInput input, string currency, CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = ReadName(input.Name, ShippingRate.MaxNameLength, nameof(ShippingRateInput.Name), "Enter the name shoppers choose, e.g. Standard.", errors);

        Amount? price = null;
        var priceText = input.Price?.Trim() ?? "";
        if (priceText.Length == 0)
        {
            errors.Add(nameof(ShippingRateInput.Price), "Enter the price per order, e.g. 4.90, or 0 to ship free.");
        }
        else
        {
            var (amount, error) = MoneyText.Parse(priceText, currency);
            if (error is not null)
            {
                errors.Add(nameof(ShippingRateInput.Price), error);
            }

            price = amount;
        }

        Amount? freeOver = null;
        var freeOverText = input.FreeOver?.Trim() ?? "";
        if (freeOverText.Length > 0)
        {
            var (amount, error) = MoneyText.Parse(freeOverText, currency);
            if (error is not null || amount is not { MinorUnits: > 0 })
            {
                errors.Add(nameof(ShippingRateInput.FreeOver), error ?? "Enter an amount above zero, or leave it empty if this rate is never free.");
            }

            freeOver = amount is { MinorUnits: > 0 } ? amount : null;
        }

        var countries = ReadCountries(input.Countries, errors);
        return errors.IsEmpty ? new ShippingRateValues(name, price!.Value, freeOver, countries) : null;
    }

    /// <summary>Upper-case codes in the order given without repeats; empty for every country.</summary>
    public static IReadOnlyList<string> ReadCountries(string? text, CatalogErrors errors)
    {
        var codes = new List<string>();
        var unknown = new List<string>();
        foreach (var token in (text ?? "").Split(CountrySeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Countries.TryNormalize(token, out var code))
            {
                unknown.Add(token.Length > 12 ? token[..12] + "…" : token);
            }
            else if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        unknown = [.. unknown.Distinct(StringComparer.OrdinalIgnoreCase)];
        if (unknown.Count > 0)
        {
            var named = string.Join(", ", unknown.Take(UnknownCodesShown));
            var more = unknown.Count > UnknownCodesShown ? " and more" : "";
            errors.Add(nameof(ShippingRateInput.Countries), unknown.Count == 1
                ? $"{named} is not a country code. Use two-letter ISO codes such as US, FR or GB, or leave it empty for every country."
                : $"{named}{more} are not country codes. Use two-letter ISO codes such as US, FR or GB, or leave it empty for every country.");
        }

        return codes;
    }

    /// <summary>The trimmed name, or empty after adding why it cannot be used.</summary>
    public static string ReadName(string? text, int maxLength, string field, string missing, CatalogErrors errors)
    {
        var name = text?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(field, missing);
        }
        else if (name.Length > maxLength)
        {
            errors.Add(field, $"Use at most {maxLength} characters.");
        }
        else if (name.Any(char.IsControl))
        {
            errors.Add(field, "Use one line of text, without line breaks or tabs.");
        }

        return name;
    }
}
