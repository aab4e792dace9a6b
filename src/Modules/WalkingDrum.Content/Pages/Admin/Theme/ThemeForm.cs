using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services.Theme;

namespace WalkingDrum.Content.Pages.Admin.Theme;

/// <summary>The theme settings form: what the merchant posts, its checks and its contrast warnings.</summary>
public sealed class ThemeForm
{
    public Guid? LogoMediaId { get; set; }

    public string? PrimaryColor { get; set; }

    public string? AccentColor { get; set; }

    public string? BackgroundColor { get; set; }

    public string? TextColor { get; set; }

    public string? HeadingFont { get; set; }

    public string? BodyFont { get; set; }

    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string? HeroHeading { get; set; }

    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    public string? HeroText { get; set; }

    public Guid? HeroImageId { get; set; }

    [StringLength(60, ErrorMessage = "Use at most 60 characters.")]
    public string? HeroCtaLabel { get; set; }

    [StringLength(300, ErrorMessage = "Use at most 300 characters.")]
    public string? HeroCtaUrl { get; set; }

    public static ThemeForm From(ThemeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ThemeForm
        {
            LogoMediaId = settings.LogoMediaId,
            PrimaryColor = settings.PrimaryColor,
            AccentColor = settings.AccentColor,
            BackgroundColor = settings.BackgroundColor,
            TextColor = settings.TextColor,
            HeadingFont = settings.HeadingFont,
            BodyFont = settings.BodyFont,
            HeroHeading = settings.HeroHeading,
            HeroText = settings.HeroText,
            HeroImageId = settings.HeroImageId,
            HeroCtaLabel = settings.HeroCtaLabel,
            HeroCtaUrl = settings.HeroCtaUrl,
        };
    }

    /// <summary>Records every problem under its field's key (<c>Input.PrimaryColor</c>, …).</summary>
    public void Validate(ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, value) in Colors)
        {
            if (!ThemeColors.IsHex(value))
            {
                errors.AddModelError("Input." + field, "Enter a colour as # followed by six hex digits, like #2b2118.");
            }
        }

        if (!ThemeFonts.IsKnown(HeadingFont))
        {
            errors.AddModelError("Input.HeadingFont", "Choose one of the listed fonts.");
        }

        if (!ThemeFonts.IsKnown(BodyFont))
        {
            errors.AddModelError("Input.BodyFont", "Choose one of the listed fonts.");
        }

        var label = HeroCtaLabel?.Trim() ?? "";
        var url = HeroCtaUrl?.Trim() ?? "";
        if (url.Length > 0 && !HeroLinks.IsAllowed(url))
        {
            errors.AddModelError("Input.HeroCtaUrl", "Enter a path of your shop starting with / (like /collections/coffee) or a full address starting with https://.");
        }
        else if (url.Length > 0 && label.Length == 0)
        {
            errors.AddModelError("Input.HeroCtaLabel", "Give the button a label, or clear its link.");
        }
        else if (label.Length > 0 && url.Length == 0)
        {
            errors.AddModelError("Input.HeroCtaUrl", "Enter where the button leads, or clear its label.");
        }
    }

    /// <summary>Contrast warnings by field (the colours are saved anyway: the merchant decides).</summary>
    public IReadOnlyDictionary<string, string> ContrastWarnings()
    {
        var warnings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Colors.All(c => ThemeColors.IsHex(c.Value)))
        {
            return warnings;
        }

        var text = ThemeColors.Contrast(TextColor!, BackgroundColor!);
        if (text < ThemeColors.MinimumTextContrast)
        {
            warnings[nameof(TextColor)] = $"Text on the background has a contrast of {Ratio(text)}; WCAG AA asks for at least 4.5:1, so many shoppers will struggle to read your shop.";
        }

        var links = ThemeColors.Contrast(PrimaryColor!, BackgroundColor!);
        var buttons = ThemeColors.Contrast(PrimaryColor!, "#ffffff");
        if (links < ThemeColors.MinimumTextContrast || buttons < ThemeColors.MinimumTextContrast)
        {
            warnings[nameof(PrimaryColor)] = $"Links on the background have a contrast of {Ratio(links)} and white button text on this colour {Ratio(buttons)}; WCAG AA asks for at least 4.5:1 for both.";
        }

        return warnings;
    }

    /// <summary>The checked values as settings, trimmed and normalized.</summary>
    public ThemeSettings ToSettings() => new()
    {
        LogoMediaId = LogoMediaId,
        PrimaryColor = PrimaryColor!.ToLowerInvariant(),
        AccentColor = AccentColor!.ToLowerInvariant(),
        BackgroundColor = BackgroundColor!.ToLowerInvariant(),
        TextColor = TextColor!.ToLowerInvariant(),
        HeadingFont = HeadingFont!,
        BodyFont = BodyFont!,
        HeroHeading = HeroHeading?.Trim() ?? "",
        HeroText = HeroText?.Trim() ?? "",
        HeroImageId = HeroImageId,
        HeroCtaLabel = HeroCtaLabel?.Trim() ?? "",
        HeroCtaUrl = HeroCtaUrl?.Trim() ?? "",
    };

    private (string Field, string? Value)[] Colors =>
        [(nameof(PrimaryColor), PrimaryColor), (nameof(AccentColor), AccentColor), (nameof(BackgroundColor), BackgroundColor), (nameof(TextColor), TextColor)];

    private static string Ratio(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + ":1";
}
