using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Subscriptions.Models;

/// <summary>A product variant a subscription renews, at its recurring unit price in the subscription's currency.</summary>
public sealed class SubscriptionItem : ITenantOwned
{
    public const int MaxTitleLength = 600;

    public Guid TenantId { get; set; }

    public Guid SubscriptionId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>No foreign key on purpose: a subscription outlives the product it renews.</summary>
    public Guid ProductId { get; set; }

    public Guid VariantId { get; set; }

    /// <summary>Product and options as subscribed ("Kenya AA — 250 g").</summary>
    public string Title { get; set; } = "";

    public int Quantity { get; set; }

    /// <summary>The price of one unit for one billing cycle.</summary>
    public long UnitPriceMinor { get; set; }

    public string Currency { get; set; } = "USD";

    public Amount UnitPrice => new(UnitPriceMinor, Currency);

    /// <summary>Unit price times quantity for one cycle.</summary>
    public Amount CyclePrice => UnitPrice * Quantity;
}
