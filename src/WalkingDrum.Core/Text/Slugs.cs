using System.Globalization;
using System.Text;

namespace WalkingDrum.Core.Text;

/// <summary>URL slugs of pages, products and collections: lower-case ASCII words joined by hyphens.</summary>
public static class Slugs
{
    /// <summary>Longest slug accepted.</summary>
    public const int MaxLength = 120;

    /// <summary>A slug made from a title (<c>"Café Crème 250 g"</c> → <c>"cafe-creme-250-g"</c>).</summary>
    public static string FromTitle(string? title)
    {
        var builder = new StringBuilder();
        foreach (var c in (title ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>Whether <paramref name="slug"/> is already in slug form.</summary>
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug)
        && slug.Length <= MaxLength
        && slug[0] != '-' && slug[^1] != '-'
        && !slug.Contains("--", StringComparison.Ordinal)
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
