using WalkingDrum.Core.Data;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Models;

/// <summary>One try at collecting an invoice, successful or not, for the merchant's record and for dunning.</summary>
public sealed class InvoicePaymentAttempt : ITenantOwned
{
    public const int MaxFailureMessageLength = 500;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InvoiceId { get; set; }

    public DateTimeOffset At { get; set; }

    public PaymentState Outcome { get; set; }

    /// <summary>The processor's payment tried, when the processor got that far.</summary>
    public string? PaymentId { get; set; }

    /// <summary>The processor's reason code (<c>card_declined</c>).</summary>
    public string? FailureCode { get; set; }

    /// <summary>Why it failed, in words the merchant and customer understand.</summary>
    public string? FailureMessage { get; set; }
}
