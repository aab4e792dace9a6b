using NetVips;

namespace WalkingDrum.Content.Services.Media;

/// <summary>A decoded raster image: its upright size and its WebP variants, or why it was refused.</summary>
internal sealed record RasterImage(int Width, int Height, IReadOnlyList<(int Width, byte[] Webp)> Variants, string? Error);

/// <summary>
/// Checks raster uploads with libvips and writes their responsive WebP variants: upright (EXIF
/// orientation applied), metadata stripped, never wider than the original.
/// </summary>
internal static class ImageVariants
{
    /// <summary>Widths of the responsive variants, ascending.</summary>
    public static readonly IReadOnlyList<int> Widths = [320, 640, 960, 1280, 1920];

    private const int WebpQuality = 82;

    // libvips keeps recent operations (and the buffers they read) in a cache meant for
    // interactive editing; uploads are one-shot, and a loader for an exotic format is attack
    // surface the library does not need.
    private static readonly bool Configured = Configure();

    public static RasterImage Process(byte[] content, MediaFormat format, long maxPixels)
    {
        _ = Configured;
        ArgumentNullException.ThrowIfNull(format);
        var unreadable = $"The file starts like a {format.Name} image but could not be read; it may be damaged. Export it again and upload the new file.";
        try
        {
            if (!string.Equals(Image.FindLoadBuffer(content), format.Loader, StringComparison.Ordinal))
            {
                return Refused(unreadable);
            }

            int width, height;
            using (var header = Image.NewFromBuffer(content, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error))
            {
                var sideways = header.GetTypeOf("orientation") != 0 && (int)header.Get("orientation") is >= 5 and <= 8;
                (width, height) = sideways ? (header.Height, header.Width) : (header.Width, header.Height);
            }

            if ((long)width * height > maxPixels)
            {
                return Refused($"The image is {width} × {height} pixels, more than the {maxPixels / 1_000_000} megapixels allowed. Scale it down and upload it again.");
            }

            var widths = width < Widths[0] ? [width] : Widths.Where(w => w <= width).ToArray();
            var variants = new List<(int, byte[])>(widths.Length);
            foreach (var target in widths)
            {
                // Thumbnail decodes with shrink-on-load and turns the image upright; a height far
                // beyond any real image lets the width alone decide the size.
                using var resized = Image.ThumbnailBuffer(content, target, height: 10_000_000, size: Enums.Size.Down, failOn: Enums.FailOn.Error);
                variants.Add((resized.Width, resized.WebpsaveBuffer(q: WebpQuality, keep: Enums.ForeignKeep.None)));
            }

            return new RasterImage(width, height, variants, null);
        }
        catch (VipsException)
        {
            return Refused(unreadable);
        }
    }

    private static RasterImage Refused(string error) => new(0, 0, [], error);

    private static bool Configure()
    {
        NetVips.NetVips.BlockUntrusted = true;
        Cache.Max = 0;
        return true;
    }
}
