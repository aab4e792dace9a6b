using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Billing.Models;

/// <summary>One line of an invoice, as issued.</summary>
public sealed class InvoiceLine : ITenantOwned
{
    public const int MaxDescriptionLength = 500;

    public Guid TenantId { get; set; }

    public Guid InvoiceId { get; set; }

    /// <summary>Display order, from 1.</summary>
    public int Position { get; set; }

    public required string Description { get; set; }

    public int Quantity { get; set; }

    public string Currency { get; set; } = "USD";

    public long UnitAmountMinor { get; set; }

    /// <summary>Quantity times unit amount.</summary>
    public long AmountMinor { get; set; }

    /// <summary>The service period of this line, when it differs from none (a prorated change, a setup fee has none).</summary>
    public DateTimeOffset? PeriodStart { get; set; }

    public DateTimeOffset? PeriodEnd { get; set; }

    public Amount UnitAmount => new(UnitAmountMinor, Currency);

    public Amount Amount => new(AmountMinor, Currency);
}
