using System.Text.Json.Serialization;

namespace WalkingDrum.Content.Models.Blocks;

/// <summary>
/// One block of a page body. Bodies are stored as a JSON array of blocks, each carrying its kind
/// in <c>type</c>, so a new kind of block never needs a schema change.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RichTextBlock), RichTextBlock.Kind)]
[JsonDerivedType(typeof(ImageBlock), ImageBlock.Kind)]
[JsonDerivedType(typeof(HeroBlock), HeroBlock.Kind)]
[JsonDerivedType(typeof(ProductGridBlock), ProductGridBlock.Kind)]
[JsonDerivedType(typeof(FaqBlock), FaqBlock.Kind)]
[JsonDerivedType(typeof(CallToActionBlock), CallToActionBlock.Kind)]
public abstract record PageBlock
{
    /// <summary>The block's kind, as stored in <c>type</c>.</summary>
    [JsonIgnore]
    public abstract string Type { get; }
}

/// <summary>Formatted text written in the rich-text editor; sanitized when saved and when shown.</summary>
public sealed record RichTextBlock : PageBlock
{
    public const string Kind = "richText";

    [JsonIgnore]
    public override string Type => Kind;

    public string Html { get; init; } = "";
}

/// <summary>An image of the media library with an optional caption.</summary>
public sealed record ImageBlock : PageBlock
{
    public const string Kind = "image";

    [JsonIgnore]
    public override string Type => Kind;

    public Guid? MediaId { get; init; }

    /// <summary>Alternative text for this use of the image; the library's alt text when empty.</summary>
    public string Alt { get; init; } = "";

    public string Caption { get; init; } = "";
}

/// <summary>A large heading with text, an optional image and an optional button.</summary>
public sealed record HeroBlock : PageBlock
{
    public const string Kind = "hero";

    [JsonIgnore]
    public override string Type => Kind;

    public string Heading { get; init; } = "";

    public string Text { get; init; } = "";

    public Guid? ImageId { get; init; }

    public string ButtonLabel { get; init; } = "";

    public string ButtonUrl { get; init; } = "";
}

/// <summary>Published products of a collection, or the newest products.</summary>
public sealed record ProductGridBlock : PageBlock
{
    public const string Kind = "productGrid";

    [JsonIgnore]
    public override string Type => Kind;

    public string Heading { get; init; } = "";

    /// <summary>Slug of the collection to show; the newest products when empty.</summary>
    public string? Collection { get; init; }

    public int Count { get; init; } = 8;
}

/// <summary>Questions with their answers, shown as disclosure widgets.</summary>
public sealed record FaqBlock : PageBlock
{
    public const string Kind = "faq";

    [JsonIgnore]
    public override string Type => Kind;

    public IReadOnlyList<FaqItem> Items { get; init; } = [];
}

/// <summary>One question of a <see cref="FaqBlock"/>; both texts are plain text.</summary>
public sealed record FaqItem
{
    public string Question { get; init; } = "";

    public string Answer { get; init; } = "";
}

/// <summary>A heading, a line of text and a button that leads somewhere.</summary>
public sealed record CallToActionBlock : PageBlock
{
    public const string Kind = "callToAction";

    [JsonIgnore]
    public override string Type => Kind;

    public string Heading { get; init; } = "";

    public string Text { get; init; } = "";

    public string ButtonLabel { get; init; } = "";

    public string ButtonUrl { get; init; } = "";
}
