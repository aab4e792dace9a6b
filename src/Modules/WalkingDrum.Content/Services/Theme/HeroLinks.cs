namespace WalkingDrum.Content.Services.Theme;

/// <summary>Where the home hero's button may point: a path of this shop, or an http(s) address.</summary>
public static class HeroLinks
{
    /// <summary>Whether <paramref name="url"/> is a shop path (<c>/collections/coffee</c>) or an absolute http or https URL.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 300 || url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\'))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            // "//host" would leave the shop for another site.
            return !url.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var absolute)
               && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
               && !string.IsNullOrEmpty(absolute.Host);
    }
}
