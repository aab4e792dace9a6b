using System.Text.RegularExpressions;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services;

/// <summary>
/// Reads an amount a merchant typed. Only plain digits with a decimal point are accepted: a comma
/// is refused rather than guessed at, because "12,50" means 12.50 in much of Europe and 1250 to
/// the invariant parser.
/// </summary>
internal static partial class MoneyText
{
    /// <summary>Largest amount accepted, in major units.</summary>
    public const long MaxMajor = 1_000_000_000;

    private const string TooLarge = "Enter at most 1,000,000,000.";

    /// <summary>The amount, or the reason it cannot be read (fit to show next to the field).</summary>
    public static (Amount? Amount, string? Error) Parse(string text, string currency)
    {
        var value = text.Trim();
        if (value.Contains(',', StringComparison.Ordinal))
        {
            return (null, "Use a point for decimals and no thousands separators, e.g. 1250.50.");
        }

        if (value.StartsWith('-'))
        {
            return (null, "Enter an amount of zero or more.");
        }

        if (!PlainNumber().IsMatch(value))
        {
            return (null, "Enter an amount such as 12.50.");
        }

        var exponent = Amount.Zero(currency).Exponent;
        Amount amount;
        try
        {
            amount = Amount.FromMajor(value, currency);
        }
        catch (FormatException)
        {
            return (null, exponent == 0
                ? $"{currency} amounts have no decimals."
                : $"{currency} amounts have at most {exponent} decimals.");
        }
        catch (OverflowException)
        {
            return (null, TooLarge);
        }

        return amount.MinorUnits > MaxMajor * (long)Math.Pow(10, exponent)
            ? (null, TooLarge)
            : (amount, null);
    }

    [GeneratedRegex(@"^[0-9]{1,15}(\.[0-9]{1,12})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
