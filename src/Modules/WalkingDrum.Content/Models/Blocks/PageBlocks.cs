using System.Text.Json;
using System.Text.Json.Serialization;

namespace WalkingDrum.Content.Models.Blocks;

/// <summary>Reads and writes page bodies as JSON, and names the kinds of block a merchant can add.</summary>
public static class PageBlocks
{
    /// <summary>The most blocks one page may have.</summary>
    public const int MaxBlocks = 50;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Recipes are written by hand; "type" need not come first.
        AllowOutOfOrderMetadataProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Every kind of block with the name the admin shows, in the order it offers them.</summary>
    public static IReadOnlyList<(string Kind, string DisplayName)> Kinds { get; } =
    [
        (RichTextBlock.Kind, "Text"),
        (ImageBlock.Kind, "Image"),
        (HeroBlock.Kind, "Hero"),
        (ProductGridBlock.Kind, "Product grid"),
        (FaqBlock.Kind, "FAQ"),
        (CallToActionBlock.Kind, "Call to action"),
    ];

    /// <summary>The admin's name for a kind of block.</summary>
    public static string DisplayName(string kind) =>
        Kinds.FirstOrDefault(k => k.Kind == kind).DisplayName ?? kind;

    /// <summary>A new, empty block of <paramref name="kind"/>, or <see langword="null"/> for an unknown kind.</summary>
    public static PageBlock? Create(string? kind) => kind switch
    {
        RichTextBlock.Kind => new RichTextBlock(),
        ImageBlock.Kind => new ImageBlock(),
        HeroBlock.Kind => new HeroBlock(),
        ProductGridBlock.Kind => new ProductGridBlock { Heading = "Featured products" },
        FaqBlock.Kind => new FaqBlock { Items = [new FaqItem()] },
        CallToActionBlock.Kind => new CallToActionBlock(),
        _ => null,
    };

    public static string Serialize(IReadOnlyList<PageBlock> blocks) =>
        JsonSerializer.Serialize(blocks, Options);

    /// <summary>Blocks stored by <see cref="Serialize"/>.</summary>
    public static IReadOnlyList<PageBlock> Parse(string json) =>
        JsonSerializer.Deserialize<List<PageBlock>>(json, Options)?.Where(b => b is not null).ToArray() ?? [];

    /// <summary>One block written by hand (a recipe); <see cref="JsonException"/> when it is not a block.</summary>
    public static PageBlock ParseOne(JsonElement element) =>
        element.Deserialize<PageBlock>(Options) ?? throw new JsonException("A block cannot be null.");
}
