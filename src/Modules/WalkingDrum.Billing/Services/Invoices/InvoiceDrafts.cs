using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Billing.Services.Invoices;

/// <summary>Checks a draft and turns it into the invoice as issued.</summary>
internal static class InvoiceDrafts
{
    public static void Validate(InvoiceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.SourceKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draft.SourceKey.Length, Invoice.MaxSourceKeyLength, nameof(draft));
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.CustomerEmail);
        if (draft.Lines is not { Count: > 0 })
        {
            throw new ArgumentException("An invoice needs at least one line.", nameof(draft));
        }

        var currency = draft.Lines[0].UnitAmount.Currency;
        foreach (var line in draft.Lines)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(line.Description);
            ArgumentOutOfRangeException.ThrowIfLessThan(line.Quantity, 1, nameof(draft));
            ArgumentOutOfRangeException.ThrowIfNegative(line.UnitAmount.MinorUnits, nameof(draft));
        }

        if (draft.Lines.Any(l => l.UnitAmount.Currency != currency) || draft.Discount.Currency != currency || draft.Tax.Currency != currency)
        {
            throw new ArgumentException($"Every amount of an invoice is in one currency ({currency}).", nameof(draft));
        }

        if (draft.Discount.MinorUnits < 0 || draft.Tax.MinorUnits < 0 || draft.Discount > Subtotal(draft))
        {
            throw new ArgumentException("Discount and tax are zero or more, and the discount is never more than the lines' sum.", nameof(draft));
        }
    }

    public static Invoice ToInvoice(InvoiceDraft draft, long number, DateTimeOffset now)
    {
        var subtotal = Subtotal(draft);
        var total = subtotal - draft.Discount + draft.Tax;
        var invoice = new Invoice
        {
            Number = number,
            SourceKey = draft.SourceKey,
            Status = InvoiceStatus.Open,
            CustomerEmail = NormalizeEmail(draft.CustomerEmail),
            CustomerName = draft.CustomerName.Trim(),
            Currency = subtotal.Currency,
            SubtotalMinor = subtotal.MinorUnits,
            DiscountMinor = draft.Discount.MinorUnits,
            TaxMinor = draft.Tax.MinorUnits,
            TotalMinor = total.MinorUnits,
            PeriodStart = draft.PeriodStart,
            PeriodEnd = draft.PeriodEnd,
            IssuedAt = now,
            DueAt = draft.DueAt,
            IsTest = draft.IsTest,
        };
        // Nothing to collect (a free period): paid on issue, so no collection is ever attempted.
        if (total.MinorUnits == 0)
        {
            invoice.Status = InvoiceStatus.Paid;
            invoice.PaidAt = now;
        }

        var position = 0;
        foreach (var line in draft.Lines)
        {
            invoice.Lines.Add(new InvoiceLine
            {
                InvoiceId = invoice.Id,
                Position = ++position,
                Description = line.Description.Trim(),
                Quantity = line.Quantity,
                Currency = line.UnitAmount.Currency,
                UnitAmountMinor = line.UnitAmount.MinorUnits,
                AmountMinor = line.Amount.MinorUnits,
                PeriodStart = line.PeriodStart,
                PeriodEnd = line.PeriodEnd,
            });
        }

        return invoice;
    }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    private static Amount Subtotal(InvoiceDraft draft) =>
        draft.Lines.Aggregate(Amount.Zero(draft.Lines[0].UnitAmount.Currency), (sum, line) => sum + line.Amount);
}
