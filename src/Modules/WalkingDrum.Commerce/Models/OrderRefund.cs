using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Models;

/// <summary>Money given back on an order through the payment processor.</summary>
public sealed class OrderRefund : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrderId { get; set; }

    /// <summary>The processor's refund id; unique per shop, so a repeated report records it once.</summary>
    public required string ProcessorRefundId { get; set; }

    public long AmountMinor { get; set; }

    public string Currency { get; set; } = "USD";

    /// <summary>The processor's status (<c>succeeded</c>, <c>pending</c>).</summary>
    public string Status { get; set; } = "";

    public string? Reason { get; set; }

    /// <summary>The merchant who asked for it.</summary>
    public string Author { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public Amount Amount => new(AmountMinor, Currency);
}
