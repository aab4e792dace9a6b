using WalkingDrum.Core.Media;

namespace WalkingDrum.Theme.Models;

/// <summary>An image from the media library as templates see it, with addresses under the shop's base path.</summary>
/// <param name="Url">The image's own address.</param>
/// <param name="SrcSet">Its responsive variants as a <c>srcset</c> value.</param>
/// <param name="Alt">Its alternative text.</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
public sealed record ImageDrop(string Url, string SrcSet, string Alt, int Width, int Height)
{
    /// <summary>The drop of <paramref name="image"/>; <paramref name="alt"/>, when not empty, replaces the library's text.</summary>
    public static ImageDrop From(MediaImage image, string basePath, string alt = "")
    {
        ArgumentNullException.ThrowIfNull(image);
        // srcset lists "url width" pairs; every url needs the base path.
        var srcSet = string.Join(", ", image.SrcSet.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.StartsWith('/') ? basePath + candidate : candidate));
        return new ImageDrop(basePath + image.Url, srcSet, alt.Length > 0 ? alt : image.Alt, image.Width, image.Height);
    }
}
