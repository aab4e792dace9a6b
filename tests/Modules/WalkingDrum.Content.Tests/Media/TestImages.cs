using NetVips;

namespace WalkingDrum.Content.Tests.Media;

/// <summary>Tiny images of every accepted format, made with libvips for the test at hand.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int width, int height, int orientation = 1)
    {
        using var image = Colour(width, height);
        using var oriented = orientation == 1 ? image.Copy() : image.Mutate(m => m.Set(GValue.GIntType, "orientation", orientation));
        return oriented.JpegsaveBuffer(q: 80);
    }

    public static byte[] Png(int width, int height)
    {
        using var image = Colour(width, height);
        return image.PngsaveBuffer();
    }

    public static byte[] Gif(int width, int height)
    {
        using var image = Colour(width, height);
        return image.GifsaveBuffer();
    }

    public static byte[] WebP(int width, int height)
    {
        using var image = Colour(width, height);
        return image.WebpsaveBuffer();
    }

    public static byte[] Avif(int width, int height)
    {
        using var image = Colour(width, height);
        return image.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1, effort: 0);
    }

    /// <summary>A small file that declares a canvas of <paramref name="side"/>² pixels.</summary>
    public static byte[] HugePng(int side)
    {
        using var image = Image.Black(side, side).Cast(Enums.BandFormat.Uchar);
        return image.PngsaveBuffer(compression: 1);
    }

    /// <summary>The size and metadata fields of an encoded image.</summary>
    public static (int Width, int Height, string[] Fields) Inspect(byte[] content)
    {
        using var image = Image.NewFromBuffer(content);
        return (image.Width, image.Height, image.GetFields());
    }

    private static Image Colour(int width, int height)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var lit = black + new[] { 180.0, 90.0, 40.0 };
        return lit.Cast(Enums.BandFormat.Uchar);
    }
}
