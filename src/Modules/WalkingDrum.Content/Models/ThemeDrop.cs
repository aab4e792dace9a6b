namespace WalkingDrum.Content.Models;

/// <summary>
/// The <c>theme</c> object every storefront page sees. Colours are validated <c>#rrggbb</c> and
/// font stacks come from the fixed list only, because the layout writes them into a
/// <c>style</c> element. Image URLs are relative to the base path (<c>/media/…</c>); the hero
/// button's URL is ready for <c>href</c> (the base path is already applied to a relative path).
/// </summary>
public sealed record ThemeDrop(
    string PrimaryColor,
    string AccentColor,
    string BackgroundColor,
    string TextColor,
    string HeadingFontStack,
    string BodyFontStack,
    string LogoUrl,
    string HeroHeading,
    string HeroText,
    string HeroImageUrl,
    string HeroImageAlt,
    string HeroCtaLabel,
    string HeroCtaUrl);
