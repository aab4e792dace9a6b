using System.Buffers;
using System.Globalization;

namespace WalkingDrum.Content.Services.Theme;

/// <summary>Colours as <c>#rrggbb</c> and their WCAG contrast.</summary>
public static class ThemeColors
{
    /// <summary>The contrast WCAG AA asks of normal-size text.</summary>
    public const double MinimumTextContrast = 4.5;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Whether <paramref name="value"/> is exactly <c>#</c> and six hex digits.</summary>
    public static bool IsHex(string? value) =>
        value is { Length: 7 } && value[0] == '#' && !value.AsSpan(1).ContainsAnyExcept(HexDigits);

    /// <summary>The colour in lower case, or <paramref name="fallback"/> when it is not a hex colour.</summary>
    public static string Normalize(string? value, string fallback) =>
        IsHex(value) ? value!.ToLowerInvariant() : fallback;

    /// <summary>Contrast ratio (1 to 21) between two hex colours.</summary>
    public static double Contrast(string first, string second)
    {
        var a = Luminance(first);
        var b = Luminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string hex)
    {
        static double Channel(string hex, int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(hex, 1)) + (0.7152 * Channel(hex, 3)) + (0.0722 * Channel(hex, 5));
    }
}
