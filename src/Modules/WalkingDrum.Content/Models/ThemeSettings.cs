using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>A shop's choices for the storefront theme: logo, colours, fonts and the home hero.</summary>
public sealed class ThemeSettings : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>Media-library image shown in place of the store name in the header.</summary>
    public Guid? LogoMediaId { get; set; }

    /// <summary>Colours as <c>#rrggbb</c>.</summary>
    public string PrimaryColor { get; set; } = "#6b3e26";

    public string AccentColor { get; set; } = "#c8553d";

    public string BackgroundColor { get; set; } = "#fffaf5";

    public string TextColor { get; set; } = "#2b2118";

    /// <summary>Font stacks chosen from the theme's list (system fonts; nothing is downloaded).</summary>
    public string HeadingFont { get; set; } = "serif";

    public string BodyFont { get; set; } = "sans";

    public string HeroHeading { get; set; } = "";

    public string HeroText { get; set; } = "";

    public Guid? HeroImageId { get; set; }

    public string HeroCtaLabel { get; set; } = "";

    /// <summary>Relative storefront path or absolute http(s) URL.</summary>
    public string HeroCtaUrl { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
