using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Billing.Models;

/// <summary>
/// A bill the shop issued to a customer, once per thing billed (<see cref="SourceKey"/>: a
/// subscription's period, say). Its lines and totals never change after issue; payments and
/// credit notes are recorded against it. All amounts share <see cref="Currency"/>.
/// </summary>
public sealed class Invoice : ITenantOwned
{
    public const int MaxSourceKeyLength = 200;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The shop's gapless invoice number, shown as <see cref="DisplayNumber"/>.</summary>
    public long Number { get; set; }

    /// <summary>The issuer's key for what is billed (<c>subscription:{id}:period:{n}</c>); unique per shop.</summary>
    public required string SourceKey { get; set; }

    public InvoiceStatus Status { get; set; }

    public required string CustomerEmail { get; set; }

    public string CustomerName { get; set; } = "";

    public string Currency { get; set; } = "USD";

    public long SubtotalMinor { get; set; }

    public long DiscountMinor { get; set; }

    public long TaxMinor { get; set; }

    public long TotalMinor { get; set; }

    public long AmountPaidMinor { get; set; }

    public long AmountCreditedMinor { get; set; }

    /// <summary>The service period billed, when the invoice is for one.</summary>
    public DateTimeOffset? PeriodStart { get; set; }

    public DateTimeOffset? PeriodEnd { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>When it was voided or marked uncollectible.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The processor's payment that paid it.</summary>
    public string? PaymentId { get; set; }

    /// <summary>Issued in test mode (the sandbox or Stripe test keys): no money is owed.</summary>
    public bool IsTest { get; set; }

    /// <summary>Incremented on every change, so two writers cannot overwrite each other.</summary>
    public int Version { get; set; }

    public List<InvoiceLine> Lines { get; } = [];

    public List<InvoicePaymentAttempt> PaymentAttempts { get; } = [];

    public List<CreditNote> CreditNotes { get; } = [];

    public string DisplayNumber => InvoiceNumbers.Invoice(Number);

    public Amount Subtotal => new(SubtotalMinor, Currency);

    public Amount Discount => new(DiscountMinor, Currency);

    public Amount Tax => new(TaxMinor, Currency);

    public Amount Total => new(TotalMinor, Currency);

    public Amount AmountPaid => new(AmountPaidMinor, Currency);

    public Amount AmountCredited => new(AmountCreditedMinor, Currency);

    /// <summary>What is still owed.</summary>
    public Amount AmountDue => Status == InvoiceStatus.Open ? Total - AmountPaid : Amount.Zero(Currency);

    /// <summary>What can still be credited back: paid and not yet credited.</summary>
    public Amount Creditable => AmountPaid - AmountCredited;
}
