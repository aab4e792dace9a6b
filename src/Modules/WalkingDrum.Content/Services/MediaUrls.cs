using System.Globalization;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Content.Services;

/// <summary>
/// The addresses of an image's files, relative to the tenant's base path. Variants are WebP at
/// fixed widths; the id in the path never changes for a file, so it can be cached for a year.
/// </summary>
public static class MediaUrls
{
    /// <summary>The width served when a page does not ask for a particular one.</summary>
    public const int DefaultWidth = 640;

    /// <summary>URL of one variant (<c>/media/{id}/w640.webp</c>), or of the original SVG.</summary>
    public static string Variant(Guid id, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"/media/{id:N}/w{width}.webp");

    /// <summary>URL of the stored original (SVG images have only this).</summary>
    public static string Original(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return $"/media/{asset.Id:N}/original{Extension(asset.ContentType)}";
    }

    /// <summary>The smallest file of the asset, for thumbnails in the admin.</summary>
    public static string Thumbnail(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.Widths.Count == 0 ? Original(asset) : Variant(asset.Id, asset.Widths[0]);
    }

    /// <summary>The asset as an image for templates.</summary>
    public static MediaImage ToImage(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var widths = asset.Widths;
        if (widths.Count == 0)
        {
            var original = Original(asset);
            return new MediaImage(asset.Id, original, "", asset.Alt, asset.Width, asset.Height);
        }

        var url = Variant(asset.Id, widths.LastOrDefault(w => w <= DefaultWidth, widths[0]));
        var srcSet = string.Join(", ", widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{Variant(asset.Id, w)} {w}w")));
        return new MediaImage(asset.Id, url, srcSet, asset.Alt, asset.Width, asset.Height);
    }

    /// <summary>File extension for a stored original of <paramref name="contentType"/>.</summary>
    public static string Extension(string contentType) => contentType switch
    {
        "image/svg+xml" => ".svg",
        "image/png" => ".png",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "image/avif" => ".avif",
        _ => ".jpg",
    };
}
