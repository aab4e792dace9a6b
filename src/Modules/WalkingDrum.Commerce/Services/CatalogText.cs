namespace WalkingDrum.Commerce.Services;

/// <summary>Checks of the single-line texts merchants enter (titles, names, SKUs).</summary>
internal static class CatalogText
{
    /// <summary>A meta description from plain text, cut at 160 characters; null when there is none.</summary>
    public static string? Summary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? null : text.Length <= 160 ? text : text[..157].TrimEnd() + "…";
    }

    /// <summary>Trimmed single-line text: required, at most <paramref name="max"/> characters, no control characters.</summary>
    public static string? Line(string? value, string field, int max, string? requiredMessage, CatalogErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (requiredMessage is not null)
            {
                errors.Add(field, requiredMessage);
            }

            return null;
        }

        if (text.Length > max)
        {
            errors.Add(field, $"Use at most {max} characters.");
            return null;
        }

        if (text.Any(char.IsControl))
        {
            errors.Add(field, "Remove line breaks and other control characters.");
            return null;
        }

        return text;
    }

    public static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
