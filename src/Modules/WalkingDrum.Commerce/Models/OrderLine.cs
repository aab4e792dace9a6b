using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Models;

/// <summary>One variant of an order, as it was sold.</summary>
public sealed class OrderLine : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid OrderId { get; set; }

    /// <summary>Display order within the order.</summary>
    public int Position { get; set; }

    /// <summary>No foreign key on purpose: an order outlives the variant it sold.</summary>
    public Guid VariantId { get; set; }

    public Guid ProductId { get; set; }

    /// <summary>Product and options as sold ("Kenya AA — 250 g").</summary>
    public string Title { get; set; } = "";

    public string? Sku { get; set; }

    public int Quantity { get; set; }

    /// <summary>The purchase option it was bought with (a subscription plan's key); null for a one-time purchase.</summary>
    public string? PurchaseOption { get; set; }

    public long UnitPriceMinor { get; set; }

    /// <summary>What the line cost at checkout: unit price times quantity, or what its purchase option charged up front.</summary>
    public long LineTotalMinor { get; set; }

    public string Currency { get; set; } = "USD";

    public Amount UnitPrice => new(UnitPriceMinor, Currency);

    public Amount LineTotal => new(LineTotalMinor, Currency);
}
