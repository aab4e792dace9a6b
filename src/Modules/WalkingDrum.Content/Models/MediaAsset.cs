using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>An image in the shop's media library; its files live in media storage, keyed by id.</summary>
public sealed class MediaAsset : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The name the file was uploaded with, for the merchant's reference only.</summary>
    public required string FileName { get; set; }

    /// <summary>MIME type detected from the file's content.</summary>
    public required string ContentType { get; set; }

    /// <summary>Required alternative text, read out by screen readers.</summary>
    public required string Alt { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public long ByteSize { get; set; }

    /// <summary>Widths of the generated responsive variants, ascending, comma-separated (empty for SVG).</summary>
    public string VariantWidths { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The variant widths as numbers.</summary>
    public IReadOnlyList<int> Widths => VariantWidths.Length == 0
        ? []
        : VariantWidths.Split(',').Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
