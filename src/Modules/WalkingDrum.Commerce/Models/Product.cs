using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>
/// A product of the catalog. What is sold is always a variant: a product without options has one
/// variant that carries its SKU, price and stock. Up to three options (size, grind, colour) name
/// the variants' dimensions.
/// </summary>
public sealed class Product : ITenantOwned
{
    /// <summary>Most option dimensions a product may have.</summary>
    public const int MaxOptions = 3;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    /// <summary>Unique per shop; the product lives at <c>/products/{slug}</c>.</summary>
    public required string Slug { get; set; }

    /// <summary>Sanitized HTML.</summary>
    public string DescriptionHtml { get; set; } = "";

    public ProductStatus Status { get; set; }

    public string? Option1Name { get; set; }

    public string? Option2Name { get; set; }

    public string? Option3Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public List<ProductVariant> Variants { get; } = [];

    public List<ProductTag> Tags { get; } = [];

    /// <summary>The option names in order, without the unused ones.</summary>
    public IReadOnlyList<string> OptionNames =>
        new[] { Option1Name, Option2Name, Option3Name }.TakeWhile(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToArray();
}
