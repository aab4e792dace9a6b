using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Invoices;

/// <summary>One line of an invoice to issue.</summary>
/// <param name="Description">What is billed, as the customer reads it.</param>
/// <param name="Quantity">Units, at least one.</param>
/// <param name="UnitAmount">Price of one unit; zero or more.</param>
/// <param name="PeriodStart">The service period of the line, when it has one of its own.</param>
/// <param name="PeriodEnd">End of that period.</param>
public sealed record InvoiceDraftLine(string Description, int Quantity, Amount UnitAmount, DateTimeOffset? PeriodStart = null, DateTimeOffset? PeriodEnd = null)
{
    public Amount Amount => UnitAmount * Quantity;
}

/// <summary>An invoice to issue once for <paramref name="SourceKey"/>.</summary>
/// <param name="SourceKey">The issuer's key for what is billed, e.g. <c>subscription:{id}:period:{n}</c>: the same key always yields the same invoice.</param>
/// <param name="CustomerEmail">Who is billed.</param>
/// <param name="CustomerName">Their name as it goes on the invoice; may be empty.</param>
/// <param name="Lines">At least one line, all in one currency.</param>
/// <param name="Discount">Taken off the lines' sum; never more than it.</param>
/// <param name="Tax">Added after the discount.</param>
/// <param name="DueAt">When payment is due.</param>
/// <param name="IsTest">Issued in test mode: no money is owed.</param>
/// <param name="PeriodStart">The service period billed, when there is one.</param>
/// <param name="PeriodEnd">End of that period.</param>
public sealed record InvoiceDraft(
    string SourceKey,
    string CustomerEmail,
    string CustomerName,
    IReadOnlyList<InvoiceDraftLine> Lines,
    Amount Discount,
    Amount Tax,
    DateTimeOffset DueAt,
    bool IsTest,
    DateTimeOffset? PeriodStart = null,
    DateTimeOffset? PeriodEnd = null);

/// <summary>One try at collecting an invoice.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="PaymentId">The processor's payment, when there is one.</param>
/// <param name="FailureCode">The processor's reason code, when it did not succeed.</param>
/// <param name="FailureMessage">Why it did not succeed, in words.</param>
public sealed record PaymentAttemptRecord(PaymentState Outcome, string? PaymentId, string? FailureCode = null, string? FailureMessage = null)
{
    /// <summary>The attempt an off-session charge made.</summary>
    public static PaymentAttemptRecord Of(OffSessionCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        return new(charge.Outcome, charge.PaymentId, charge.FailureCode, charge.FailureMessage);
    }
}

/// <summary>Money to credit back against a paid invoice.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Amount">More than zero, never more than paid and not yet credited.</param>
/// <param name="Reason">The merchant's note, shown on the credit note.</param>
/// <param name="ProcessorRefundId">The refund that gave the money back; the same refund is credited once.</param>
public sealed record CreditNoteRequest(Guid InvoiceId, Amount Amount, string Reason, string? ProcessorRefundId);

/// <summary>The invoice after a change, or why the change was refused (in words for the merchant).</summary>
public sealed record InvoiceChange(Invoice? Invoice, string? Problem)
{
    public bool Succeeded => Problem is null;

    internal static InvoiceChange Done(Invoice invoice) => new(invoice, null);

    internal static InvoiceChange Refused(Invoice? invoice, string problem) => new(invoice, problem);
}

/// <summary>The credit note issued (or found for the same refund), or why it was refused.</summary>
public sealed record CreditNoteIssue(CreditNote? CreditNote, string? Problem)
{
    public bool Succeeded => Problem is null;
}
