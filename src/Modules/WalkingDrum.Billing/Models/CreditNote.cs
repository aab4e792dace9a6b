using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Billing.Models;

/// <summary>
/// Money credited back against a paid invoice (a refund, in whole or in part), with its own
/// gapless number. Never more than was paid and not yet credited.
/// </summary>
public sealed class CreditNote : ITenantOwned
{
    public const int MaxReasonLength = 500;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public long Number { get; set; }

    public Guid InvoiceId { get; set; }

    public string Currency { get; set; } = "USD";

    public long AmountMinor { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The processor's refund that gave the money back; unique per shop, so a refund is credited once.</summary>
    public string? ProcessorRefundId { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public string DisplayNumber => InvoiceNumbers.CreditNote(Number);

    public Amount Amount => new(AmountMinor, Currency);
}
