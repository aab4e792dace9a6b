using System.Globalization;
using WalkingDrum.Core.Text;

namespace WalkingDrum.Commerce.Services;

/// <summary>Chooses a free slug: the wanted one, or for a slug made from the title the first free "-2", "-3", ….</summary>
internal static class SlugPicker
{
    private const int MaxSuffix = 1000;

    /// <summary>A free slug, or <see langword="null"/> when the merchant's own slug is taken.</summary>
    public static string? Pick(string wanted, bool madeFromTitle, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        if (!used.Contains(wanted))
        {
            return wanted;
        }

        if (!madeFromTitle)
        {
            return null;
        }

        for (var n = 2; n <= MaxSuffix; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var stem = wanted.Length + suffix.Length <= Slugs.MaxLength ? wanted : wanted[..(Slugs.MaxLength - suffix.Length)].TrimEnd('-');
            if (!used.Contains(stem + suffix))
            {
                return stem + suffix;
            }
        }

        return null;
    }
}
