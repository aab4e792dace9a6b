using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>A free-form label on a product, for filters and search.</summary>
public sealed class ProductTag : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid ProductId { get; set; }

    /// <summary>Lower-case, trimmed.</summary>
    public required string Tag { get; set; }
}
