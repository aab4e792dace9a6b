using System.Collections.Frozen;

namespace WalkingDrum.Content.Services.Theme;

/// <summary>A font choice: a stack of fonts already on the shopper's device, so nothing is downloaded.</summary>
/// <param name="Key">What the settings store.</param>
/// <param name="Label">What the merchant picks.</param>
/// <param name="Stack">The CSS <c>font-family</c> value.</param>
public sealed record ThemeFont(string Key, string Label, string Stack);

/// <summary>
/// The fixed list of font stacks a theme may use. Only these strings ever reach the storefront's
/// <c>style</c> element; family names are written without quotes, which the HTML encoder would
/// turn into entities that CSS does not read.
/// </summary>
public static class ThemeFonts
{
    /// <summary>Every choice, in the order the admin lists them.</summary>
    public static IReadOnlyList<ThemeFont> All { get; } =
    [
        new("sans", "System sans-serif", "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"),
        new("serif", "Classic serif", "Charter, Bitstream Charter, Sitka Text, Cambria, Georgia, serif"),
        new("old-style", "Old-style serif", "Iowan Old Style, Palatino Linotype, URW Palladio L, P052, Georgia, serif"),
        new("humanist", "Humanist sans-serif", "Seravek, Gill Sans Nova, Ubuntu, Calibri, DejaVu Sans, sans-serif"),
        new("geometric", "Geometric sans-serif", "Avenir, Montserrat, Corbel, URW Gothic, source-sans-pro, sans-serif"),
        new("rounded", "Rounded sans-serif", "ui-rounded, Hiragino Maru Gothic ProN, Quicksand, Comfortaa, Manjari, Calibri, sans-serif"),
        new("slab", "Slab serif", "Rockwell, Rockwell Nova, Roboto Slab, DejaVu Serif, Sitka Small, serif"),
        new("mono", "Monospace", "ui-monospace, Cascadia Code, Source Code Pro, Menlo, Consolas, DejaVu Sans Mono, monospace"),
    ];

    private static readonly FrozenDictionary<string, ThemeFont> ByKey = All.ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="key"/> names a choice.</summary>
    public static bool IsKnown(string? key) => key is not null && ByKey.ContainsKey(key);

    /// <summary>The stack of <paramref name="key"/>, or of <paramref name="fallbackKey"/> for an unknown key.</summary>
    public static string StackOf(string? key, string fallbackKey) =>
        (key is not null && ByKey.TryGetValue(key, out var font) ? font : ByKey[fallbackKey]).Stack;
}
