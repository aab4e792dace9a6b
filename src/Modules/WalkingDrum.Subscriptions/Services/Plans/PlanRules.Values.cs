using System.Globalization;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Plans;

/// <summary>Readers of single values as merchants type them.</summary>
internal static partial class PlanRules
{
    private static IntervalUnit? ReadUnit(string? text) => (text ?? "").Trim().ToUpperInvariant() switch
    {
        "DAY" => IntervalUnit.Day,
        "WEEK" => IntervalUnit.Week,
        "MONTH" => IntervalUnit.Month,
        "YEAR" => IntervalUnit.Year,
        _ => null,
    };

    private static string Plural(IntervalUnit unit) => unit.ToString().ToLowerInvariant() + "s";

    private static int? Percent(string? text, string key, CatalogErrors errors) =>
        Whole(text?.Trim().TrimEnd('%'), 0, 0, MaxPercent, key, $"Enter a whole percentage from 0 to {MaxPercent}.", errors);

    private static Amount? ReadFixedPrice(string? text, string currency, string key, CatalogErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (amount, error) = PlanMoneyText.Parse(text, currency);
        if (error is null && amount is { MinorUnits: 0 })
        {
            error = "Enter a price above zero, or leave it empty to follow the variant's price.";
        }

        if (error is not null)
        {
            errors.Add(key, error);
        }

        return error is null ? amount : null;
    }

    private static Amount? ReadSetupFee(string? text, string currency, string key, CatalogErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Amount.Zero(currency);
        }

        var (amount, error) = PlanMoneyText.Parse(text, currency);
        if (error is not null)
        {
            errors.Add(key, error);
        }

        return amount;
    }

    private static int? Missing(string key, string message, CatalogErrors errors)
    {
        errors.Add(key, message);
        return null;
    }

    // Empty takes the fallback; anything else must be plain digits within the bounds.
    private static int? Whole(string? text, int fallback, int min, int max, string key, string message, CatalogErrors errors)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return fallback;
        }

        if (value.Length <= 6 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(key, message);
        return null;
    }
}
