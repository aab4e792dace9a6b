using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>A product's membership of a collection, with its place in the collection.</summary>
public sealed class CollectionProduct : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid CollectionId { get; set; }

    public Guid ProductId { get; set; }

    public int Position { get; set; }
}
