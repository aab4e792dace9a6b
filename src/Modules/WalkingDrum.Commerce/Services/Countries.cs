using System.Collections.Frozen;
using System.Globalization;

namespace WalkingDrum.Commerce.Services;

/// <summary>A country as shipping and tax settings name it.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, upper case (FR).</param>
/// <param name="Name">Short English name (France).</param>
public sealed record Country(string Code, string Name);

/// <summary>
/// The ISO 3166-1 alpha-2 countries with English names, for country pickers and for checking the
/// codes merchants and shoppers give.
/// </summary>
public static partial class Countries
{
    private static readonly FrozenDictionary<string, string> NamesByCode = Table
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToFrozenDictionary(line => line[..2], line => line[3..], StringComparer.Ordinal);

    /// <summary>Orders country names as an English reader expects (Åland Islands among the A's).</summary>
    internal static StringComparer NameOrder { get; } =
        StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreCase);

    /// <summary>Every country, sorted by name.</summary>
    public static IReadOnlyList<Country> All { get; } =
        [.. NamesByCode.Select(c => new Country(c.Key, c.Value)).OrderBy(c => c.Name, NameOrder)];

    /// <summary>
    /// Reads a code in any letter case with surrounding blanks ("fr ", "De") as the upper-case code
    /// of a known country; false (and an empty code) for anything else.
    /// </summary>
    public static bool TryNormalize(string? text, out string code)
    {
        var candidate = text?.Trim().ToUpperInvariant();
        if (candidate is { Length: 2 } && NamesByCode.ContainsKey(candidate))
        {
            code = candidate;
            return true;
        }

        code = "";
        return false;
    }

    /// <summary>The English name of <paramref name="code"/> (any letter case), or the code itself when it names no country.</summary>
    public static string Name(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryNormalize(code, out var known) ? NamesByCode[known] : code;
    }
}
