namespace WalkingDrum.Content.Services.Media;

/// <summary>Configuration section <c>Media</c>: limits of the media library.</summary>
public sealed class MediaOptions
{
    /// <summary>Largest file accepted, in bytes (10 MB unless configured).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Most pixels a raster image may decode to. A small file can declare a huge canvas (a
    /// decompression bomb); its header is checked against this before anything is decoded.
    /// </summary>
    public long MaxPixels { get; set; } = 50_000_000;
}
