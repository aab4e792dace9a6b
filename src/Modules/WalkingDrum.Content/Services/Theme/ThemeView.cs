using WalkingDrum.Content.Models;

namespace WalkingDrum.Content.Services.Theme;

/// <summary>
/// A shop's theme settings as the storefront uses them: a <see cref="ThemeDrop"/> whose hero link is
/// still relative to the shop, so one drop can be cached and shared by every request.
/// </summary>
internal static class ThemeView
{
    /// <summary>
    /// The drop of <paramref name="settings"/>. Values are checked again here, not only when
    /// saved, so a row written any other way still cannot put anything but a colour or a listed
    /// font stack into the page's style element.
    /// </summary>
    public static ThemeDrop From(ThemeSettings settings, MediaAsset? logo, MediaAsset? heroImage)
    {
        var defaults = new ThemeSettings();
        var ctaUrl = HeroLinks.IsAllowed(settings.HeroCtaUrl) ? settings.HeroCtaUrl : "";
        return new ThemeDrop(
            ThemeColors.Normalize(settings.PrimaryColor, defaults.PrimaryColor),
            ThemeColors.Normalize(settings.AccentColor, defaults.AccentColor),
            ThemeColors.Normalize(settings.BackgroundColor, defaults.BackgroundColor),
            ThemeColors.Normalize(settings.TextColor, defaults.TextColor),
            ThemeFonts.StackOf(settings.HeadingFont, defaults.HeadingFont),
            ThemeFonts.StackOf(settings.BodyFont, defaults.BodyFont),
            logo is null ? "" : ImageUrl(logo, preferredWidth: 320),
            settings.HeroHeading,
            settings.HeroText,
            heroImage is null ? "" : ImageUrl(heroImage, preferredWidth: 1600),
            heroImage?.Alt ?? "",
            ctaUrl.Length == 0 ? "" : settings.HeroCtaLabel,
            ctaUrl);
    }

    /// <summary><paramref name="drop"/> for a request under <paramref name="basePath"/>.</summary>
    public static ThemeDrop ForRequest(ThemeDrop drop, string basePath)
    {
        ArgumentNullException.ThrowIfNull(drop);
        return drop.HeroCtaUrl.StartsWith('/') ? drop with { HeroCtaUrl = basePath + drop.HeroCtaUrl } : drop;
    }

    // The widest variant up to the width the slot needs (the smallest when all are wider); an SVG has only its original.
    private static string ImageUrl(MediaAsset asset, int preferredWidth)
    {
        var widths = asset.Widths;
        return widths.Count == 0
            ? MediaUrls.Original(asset)
            : MediaUrls.Variant(asset.Id, widths.LastOrDefault(w => w <= preferredWidth, widths[0]));
    }
}
