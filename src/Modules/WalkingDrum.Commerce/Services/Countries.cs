using System.Collections.Frozen;
using System.Globalization;

namespace WalkingDrum.Commerce.Services;

/// <summary>A country a shop can ship to.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, upper case.</param>
/// <param name="Name">English name.</param>
public sealed record Country(string Code, string Name);

/// <summary>The ISO 3166-1 countries .NET knows, for pickers and for checking codes.</summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, Country> ByCode = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(culture => new RegionInfo(culture.Name))
        .Where(region => region.TwoLetterISORegionName.Length == 2 && region.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
        .DistinctBy(region => region.TwoLetterISORegionName)
        .ToFrozenDictionary(region => region.TwoLetterISORegionName, region => new Country(region.TwoLetterISORegionName, region.EnglishName), StringComparer.Ordinal);

    /// <summary>Every country, by name.</summary>
    public static IReadOnlyList<Country> All { get; } = [.. ByCode.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>The upper-case code of <paramref name="value"/> when it names a known country ("fr" → "FR").</summary>
    public static bool TryNormalize(string? value, out string code)
    {
        code = value?.Trim().ToUpperInvariant() ?? "";
        return ByCode.ContainsKey(code);
    }

    /// <summary>The English name of a known code, else the code itself.</summary>
    public static string Name(string code) => ByCode.TryGetValue(code, out var country) ? country.Name : code;
}
