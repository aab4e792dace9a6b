using WalkingDrum.Core.Data;

namespace WalkingDrum.Subscriptions.Models;

/// <summary>
/// How a product is sold by subscription beyond its plans: whether it can be bought once at all,
/// and whether each delivery is a box the subscriber fills from a collection. A product without
/// this row is sold once and by its plans, and is no box.
/// </summary>
public sealed class ProductSubscriptionSettings : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid ProductId { get; set; }

    /// <summary>The product cannot be bought once; shoppers must choose a plan.</summary>
    public bool SubscriptionOnly { get; set; }

    /// <summary>Each delivery is a box of <see cref="BoxSize"/> items the subscriber picks.</summary>
    public bool IsBox { get; set; }

    /// <summary>Items per box; set when <see cref="IsBox"/>.</summary>
    public int? BoxSize { get; set; }

    /// <summary>Days before each renewal after which the next box can no longer be changed.</summary>
    public int? BoxCutoffDays { get; set; }

    /// <summary>The collection whose products fill the box; set when <see cref="IsBox"/>.</summary>
    public Guid? BoxCollectionId { get; set; }
}
