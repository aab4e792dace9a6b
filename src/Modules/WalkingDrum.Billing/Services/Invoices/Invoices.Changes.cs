using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Billing.Services.Invoices;

public sealed partial class Invoices
{
    /// <summary>
    /// Records one try at collecting the invoice. Record each attempt once, in the transaction that
    /// records its effect; a success is recorded here and paid with <see cref="MarkPaidAsync"/>.
    /// </summary>
    public async Task<InvoiceChange> RecordPaymentAttemptAsync(Guid invoiceId, PaymentAttemptRecord attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (await FindAsync(invoiceId, cancellationToken) is not { } invoice)
        {
            return InvoiceChange.Refused(null, "There is no such invoice.");
        }

        var message = attempt.FailureMessage is { Length: > InvoicePaymentAttempt.MaxFailureMessageLength } longer
            ? longer[..InvoicePaymentAttempt.MaxFailureMessageLength]
            : attempt.FailureMessage;
        invoice.PaymentAttempts.Add(new InvoicePaymentAttempt
        {
            InvoiceId = invoice.Id,
            At = clock.GetUtcNow(),
            Outcome = attempt.Outcome,
            PaymentId = attempt.PaymentId,
            FailureCode = attempt.FailureCode,
            FailureMessage = message,
        });
        return await SaveAsync(invoice, cancellationToken);
    }

    /// <summary>
    /// Records that <paramref name="paymentId"/> paid what the invoice still owed (<paramref name="amount"/>).
    /// Again for the same payment changes nothing.
    /// </summary>
    public async Task<InvoiceChange> MarkPaidAsync(Guid invoiceId, string paymentId, Amount amount, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentId);
        if (await FindAsync(invoiceId, cancellationToken) is not { } invoice)
        {
            return InvoiceChange.Refused(null, "There is no such invoice.");
        }

        if (invoice.Status == InvoiceStatus.Paid)
        {
            return invoice.PaymentId == paymentId ? InvoiceChange.Done(invoice)
                : InvoiceChange.Refused(invoice, $"{invoice.DisplayNumber} is already paid by another payment.");
        }

        if (invoice.Status == InvoiceStatus.Void)
        {
            return InvoiceChange.Refused(invoice, $"{invoice.DisplayNumber} is void; refund the payment instead.");
        }

        if (Same(amount, invoice.Currency) != invoice.Total - invoice.AmountPaid)
        {
            return InvoiceChange.Refused(invoice,
                $"{invoice.DisplayNumber} owes {(invoice.Total - invoice.AmountPaid).ToDisplayString()}, not {amount.ToDisplayString()}.");
        }

        invoice.Status = InvoiceStatus.Paid;
        invoice.AmountPaidMinor = invoice.TotalMinor;
        invoice.PaymentId = paymentId;
        invoice.PaidAt = clock.GetUtcNow();
        invoice.ClosedAt = null;
        return await SaveAsync(invoice, cancellationToken);
    }

    /// <summary>Cancels an unpaid invoice: nothing is owed any more. A paid one is credited instead.</summary>
    public Task<InvoiceChange> VoidAsync(Guid invoiceId, CancellationToken cancellationToken) =>
        CloseAsync(invoiceId, InvoiceStatus.Void, cancellationToken);

    /// <summary>Gives up on collecting an open invoice; the debt stays on record.</summary>
    public Task<InvoiceChange> MarkUncollectibleAsync(Guid invoiceId, CancellationToken cancellationToken) =>
        CloseAsync(invoiceId, InvoiceStatus.Uncollectible, cancellationToken);

    private async Task<InvoiceChange> CloseAsync(Guid invoiceId, InvoiceStatus status, CancellationToken cancellationToken)
    {
        if (await FindAsync(invoiceId, cancellationToken) is not { } invoice)
        {
            return InvoiceChange.Refused(null, "There is no such invoice.");
        }

        if (invoice.Status == status)
        {
            return InvoiceChange.Done(invoice);
        }

        var refusal = (invoice.Status, status) switch
        {
            (InvoiceStatus.Paid, _) => $"{invoice.DisplayNumber} is paid; issue a credit note to give money back.",
            (InvoiceStatus.Void, _) => $"{invoice.DisplayNumber} is void already.",
            (InvoiceStatus.Uncollectible, InvoiceStatus.Void) => null,
            (InvoiceStatus.Open, _) => null,
            _ => $"{invoice.DisplayNumber} cannot be marked uncollectible now.",
        };
        if (refusal is not null)
        {
            return InvoiceChange.Refused(invoice, refusal);
        }

        invoice.Status = status;
        invoice.ClosedAt = clock.GetUtcNow();
        return await SaveAsync(invoice, cancellationToken);
    }

    /// <summary>
    /// Credits money back against a paid invoice with the next credit-note number; never more than
    /// was paid and not yet credited. The same <see cref="CreditNoteRequest.ProcessorRefundId"/> again
    /// returns the credit note already issued for it.
    /// </summary>
    public Task<CreditNoteIssue> IssueCreditNoteAsync(CreditNoteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InTransactionAsync(async () =>
        {
            if (request.ProcessorRefundId is { Length: > 0 } refundId
                && await db.Set<CreditNote>().FirstOrDefaultAsync(c => c.ProcessorRefundId == refundId, cancellationToken) is { } earlier)
            {
                return new CreditNoteIssue(earlier, null);
            }

            if (await FindAsync(request.InvoiceId, cancellationToken) is not { } invoice)
            {
                return new CreditNoteIssue(null, "There is no such invoice.");
            }

            if (CreditRefusal(invoice, request) is { } problem)
            {
                return new CreditNoteIssue(null, problem);
            }

            var note = new CreditNote
            {
                Number = await sequences.NextAsync(InvoiceNumbers.CreditNoteSequence, 1, cancellationToken),
                InvoiceId = invoice.Id,
                Currency = invoice.Currency,
                AmountMinor = request.Amount.MinorUnits,
                Reason = request.Reason.Trim(),
                ProcessorRefundId = request.ProcessorRefundId is { Length: > 0 } id ? id : null,
                IssuedAt = clock.GetUtcNow(),
            };
            invoice.CreditNotes.Add(note);
            invoice.AmountCreditedMinor += note.AmountMinor;
            invoice.Version++;
            await db.SaveChangesAsync(cancellationToken);
            return new CreditNoteIssue(note, null);
        }, cancellationToken);
    }

    private static string? CreditRefusal(Invoice invoice, CreditNoteRequest request)
    {
        if (request.Amount.Currency != invoice.Currency)
        {
            return $"{invoice.DisplayNumber} is in {invoice.Currency}; a credit note in {request.Amount.Currency} cannot apply to it.";
        }

        if (request.Amount.MinorUnits <= 0)
        {
            return "A credit note must be for more than zero.";
        }

        if (request.Reason.Length > CreditNote.MaxReasonLength)
        {
            return $"The reason is at most {CreditNote.MaxReasonLength} characters.";
        }

        var creditable = invoice.Creditable;
        if (creditable.MinorUnits <= 0)
        {
            return invoice.AmountPaidMinor == 0
                ? $"{invoice.DisplayNumber} has not been paid, so there is nothing to credit."
                : $"{invoice.DisplayNumber} is fully credited already.";
        }

        return request.Amount > creditable
            ? $"At most {creditable.ToDisplayString()} can be credited on {invoice.DisplayNumber} (paid {invoice.AmountPaid.ToDisplayString()}, credited {invoice.AmountCredited.ToDisplayString()})."
            : null;
    }

    private async Task<InvoiceChange> SaveAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        invoice.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return InvoiceChange.Done(invoice);
    }
}
