namespace WalkingDrum.Content.Services.Media;

/// <summary>An image format the library accepts, recognised by the file's first bytes.</summary>
/// <param name="Name">Name for messages.</param>
/// <param name="ContentType">MIME type stored and served.</param>
/// <param name="Loader">The libvips loader that must accept the file (empty for SVG, which is checked as XML).</param>
internal sealed record MediaFormat(string Name, string ContentType, string Loader)
{
    public static readonly MediaFormat Jpeg = new("JPEG", "image/jpeg", "VipsForeignLoadJpegBuffer");
    public static readonly MediaFormat Png = new("PNG", "image/png", "VipsForeignLoadPngBuffer");
    public static readonly MediaFormat Gif = new("GIF", "image/gif", "VipsForeignLoadNsgifBuffer");
    public static readonly MediaFormat WebP = new("WebP", "image/webp", "VipsForeignLoadWebpBuffer");
    public static readonly MediaFormat Avif = new("AVIF", "image/avif", "VipsForeignLoadHeifBuffer");
    public static readonly MediaFormat Svg = new("SVG", "image/svg+xml", "");

    /// <summary>The format the content claims by its signature, or <see langword="null"/> for anything else.</summary>
    public static MediaFormat? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (content.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (IsAvif(content))
        {
            return Avif;
        }

        return LooksLikeMarkup(content) ? Svg : null;
    }

    // An ISO media file whose ftyp box names the AVIF brand; HEIC photos share the container but
    // not the brand, and are refused.
    private static bool IsAvif(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxSize = (int)Math.Min(content.Length, (uint)(content[0] << 24 | content[1] << 16 | content[2] << 8 | content[3]));
        for (var offset = 8; offset + 4 <= boxSize; offset += offset == 8 ? 8 : 4)
        {
            var brand = content.Slice(offset, 4);
            if (brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeMarkup(ReadOnlySpan<byte> content)
    {
        var text = content.StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && text[start] == (byte)'<' && !text[..Math.Min(text.Length, 512)].Contains((byte)0);
    }
}
