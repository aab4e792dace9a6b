using System.Globalization;
using System.Text.RegularExpressions;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Subscriptions.Services.Plans;

/// <summary>
/// Reads a plan's amounts as a merchant typed them, with the catalog's conventions: plain digits and
/// a decimal point only, since "12,50" means 12.50 in much of Europe and 1250 to the invariant parser.
/// </summary>
internal static partial class PlanMoneyText
{
    /// <summary>Largest amount accepted, in major units.</summary>
    public const long MaxMajor = 1_000_000;

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
        if (decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture) > MaxMajor)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"Enter at most {MaxMajor:N0}."));
        }

        try
        {
            return (Amount.FromMajor(value, currency), null);
        }
        catch (FormatException)
        {
            return (null, exponent == 0 ? $"{currency} amounts have no decimals." : $"{currency} amounts have at most {exponent} decimals.");
        }
    }

    [GeneratedRegex(@"^[0-9]{1,12}(\.[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
