using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Content.Services.Media;

/// <summary>
/// Checks an upload by its content, writes the original and its variants to storage, then stages
/// the library row. Files of rows that were never saved (the caller's save failed, or another
/// field was invalid) are removed when the scope ends.
/// </summary>
internal sealed class MediaUploads(
    WalkingDrumDbContext db,
    IMediaStorage storage,
    IOptions<MediaOptions> options,
    TimeProvider clock) : IMediaUploads, IAsyncDisposable, IDisposable
{
    /// <summary>Longest alternative text, as the column allows.</summary>
    public const int MaxAltLength = 250;

    private readonly List<MediaAsset> _staged = [];

    public async Task<MediaUploadResult> UploadAsync(Stream content, string fileName, string alt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (CheckAlt(alt) is { } altError)
        {
            return Refused(altError);
        }

        var limit = options.Value.MaxUploadBytes;
        var bytes = await ReadAtMostAsync(content, limit, cancellationToken);
        if (bytes is null)
        {
            return Refused($"The file is larger than the {Megabytes(limit)} limit. Make it smaller and upload it again.");
        }

        if (bytes.Length == 0)
        {
            return Refused("The file is empty.");
        }

        var format = MediaFormat.Detect(bytes);
        if (format is null)
        {
            return Refused("The file is not an image: only JPEG, PNG, GIF, WebP, AVIF and SVG images can be uploaded, whatever the file name says.");
        }

        var asset = new MediaAsset
        {
            FileName = CleanFileName(fileName),
            ContentType = format.ContentType,
            Alt = alt.Trim(),
            ByteSize = bytes.Length,
            CreatedAt = clock.GetUtcNow(),
        };
        var files = new List<(string Name, byte[] Content)> { ("original" + MediaUrls.Extension(format.ContentType), bytes) };
        if (format == MediaFormat.Svg)
        {
            var svg = SvgSafety.Check(bytes);
            if (svg.Error is not null)
            {
                return Refused(svg.Error);
            }

            (asset.Width, asset.Height) = (svg.Width, svg.Height);
        }
        else
        {
            var raster = ImageVariants.Process(bytes, format, options.Value.MaxPixels);
            if (raster.Error is not null)
            {
                return Refused(raster.Error);
            }

            (asset.Width, asset.Height) = (raster.Width, raster.Height);
            var widths = raster.Variants.Select(v => v.Width).Distinct().Order().ToArray();
            asset.VariantWidths = string.Join(',', widths.Select(w => w.ToString(CultureInfo.InvariantCulture)));
            files.AddRange(widths.Select(w => ($"w{w.ToString(CultureInfo.InvariantCulture)}.webp", raster.Variants.First(v => v.Width == w).Webp)));
        }

        await WriteAllAsync(asset, files, cancellationToken);
        if (_staged.Count == 0)
        {
            db.SavedChanges += ForgetSaved;
        }

        db.Add(asset);
        _staged.Add(asset);
        return new MediaUploadResult(MediaUrls.ToImage(asset), null);
    }

    /// <summary>Why <paramref name="alt"/> is not acceptable alternative text, or <see langword="null"/>.</summary>
    public static string? CheckAlt(string? alt)
    {
        var trimmed = alt?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "Describe the image in the alt text: shoppers who use a screen reader hear it instead of seeing the image.";
        }

        if (trimmed.Length > MaxAltLength)
        {
            return $"Keep the alt text to {MaxAltLength} characters or fewer.";
        }

        return trimmed.Any(char.IsControl) ? "The alt text cannot contain line breaks or control characters." : null;
    }

    /// <summary>Storage keys of every file of <paramref name="asset"/>.</summary>
    public static IEnumerable<string> KeysOf(MediaAsset asset) =>
        asset.Widths.Select(w => MediaKey(asset.Id, $"w{w.ToString(CultureInfo.InvariantCulture)}.webp"))
            .Append(MediaKey(asset.Id, "original" + MediaUrls.Extension(asset.ContentType)));

    /// <summary>The storage key of one file of an asset.</summary>
    public static string MediaKey(Guid mediaId, string file) => $"{mediaId:N}/{file}";

    public async ValueTask DisposeAsync()
    {
        db.SavedChanges -= ForgetSaved;
        foreach (var asset in Unsaved())
        {
            foreach (var key in KeysOf(asset))
            {
                await storage.DeleteAsync(db.CurrentTenantId, key, CancellationToken.None);
            }
        }

        _staged.Clear();
    }

    public void Dispose()
    {
        // File deletion completes synchronously on the file system; this path serves scopes that
        // are disposed synchronously.
        DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    // Once saved, an asset's files belong to its row, whatever happens to the change tracker later.
    private void ForgetSaved(object? sender, SavedChangesEventArgs e) =>
        _staged.RemoveAll(a => db.Entry(a).State == EntityState.Unchanged);

    private List<MediaAsset> Unsaved()
    {
        try
        {
            return _staged.Where(a => db.Entry(a).State is EntityState.Added or EntityState.Detached).ToList();
        }
        catch (ObjectDisposedException)
        {
            // The context went first; leftover files are never served without their row.
            return [];
        }
    }

    private async Task WriteAllAsync(MediaAsset asset, List<(string Name, byte[] Content)> files, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        try
        {
            foreach (var (name, content) in files)
            {
                var key = MediaKey(asset.Id, name);
                await storage.WriteAsync(db.CurrentTenantId, key, new MemoryStream(content, writable: false), cancellationToken);
                written.Add(key);
            }
        }
        catch
        {
            foreach (var key in written)
            {
                await storage.DeleteAsync(db.CurrentTenantId, key, CancellationToken.None);
            }

            throw;
        }
    }

    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string CleanFileName(string? fileName)
    {
        var name = string.Concat(Path.GetFileName(fileName ?? "").Where(c => !char.IsControl(c))).Trim();
        return name.Length == 0 ? "image" : name[..Math.Min(name.Length, 255)];
    }

    private static string Megabytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:0.#} MB");

    private static MediaUploadResult Refused(string error) => new(null, error);
}
