namespace WalkingDrum.Content.Services;

/// <summary>
/// Links merchants put on the storefront (buttons, menus). Only shop paths and web, mail and
/// phone addresses are accepted, so a link can never run script (<c>javascript:</c>) or leave the
/// shop through a protocol-relative address that looks like a path (<c>//evil.example</c>).
/// </summary>
public static class LinkUrls
{
    public const int MaxLength = 300;

    /// <summary>The rule, worded for the merchant.</summary>
    public const string Rule =
        "Use a path on your shop starting with / (like /pages/about) or a full address starting with https://, http://, mailto: or tel:.";

    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    /// <summary>Whether <paramref name="url"/> is a link merchants may use.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
               && Schemes.Contains(uri.Scheme, StringComparer.Ordinal)
               && (uri.Scheme is "mailto" or "tel" || uri.Host.Length > 0);
    }

    /// <summary>The address to put in <c>href</c>: shop paths get the tenant's base path in front.</summary>
    public static string Href(string url, string basePath) =>
        url.StartsWith('/') ? basePath + url : url;
}
