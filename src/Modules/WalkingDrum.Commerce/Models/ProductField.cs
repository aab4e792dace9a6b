using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>A merchant-defined field on a product (origin, roast level, tasting notes).</summary>
public sealed class ProductField : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid ProductId { get; set; }

    /// <summary>The field's label, unique per product.</summary>
    public required string Name { get; set; }

    public required string Value { get; set; }

    public int Position { get; set; }
}
