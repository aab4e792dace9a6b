using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Billing.Services.Invoices;

/// <summary>What the printable invoice or receipt shows: the shop as issuer and the invoice itself.</summary>
/// <param name="Store">The issuing shop.</param>
/// <param name="Invoice">The invoice with its lines, attempts and credit notes.</param>
/// <param name="IsReceipt">The receipt of a paid invoice rather than the invoice.</param>
public sealed record InvoiceDocument(StoreProfile Store, Invoice Invoice, bool IsReceipt)
{
    public string Title => IsReceipt ? $"Receipt for {Invoice.DisplayNumber}" : $"Invoice {Invoice.DisplayNumber}";
}

/// <summary>Builds printable invoices and receipts of the current shop, for the admin and the customer portal.</summary>
public sealed class InvoiceDocuments(Invoices invoices, IStoreProfileReader store)
{
    /// <summary>The invoice's document; <see langword="null"/> when the shop has no such invoice.</summary>
    public async Task<InvoiceDocument?> InvoiceAsync(Guid invoiceId, CancellationToken cancellationToken) =>
        await invoices.FindAsync(invoiceId, cancellationToken) is { } invoice
            ? new InvoiceDocument(await store.GetAsync(cancellationToken), invoice, IsReceipt: false)
            : null;

    /// <summary>The receipt of a paid invoice; <see langword="null"/> when there is no such invoice or it is not paid.</summary>
    public async Task<InvoiceDocument?> ReceiptAsync(Guid invoiceId, CancellationToken cancellationToken) =>
        await invoices.FindAsync(invoiceId, cancellationToken) is { Status: InvoiceStatus.Paid, PaidAt: not null } invoice
            ? new InvoiceDocument(await store.GetAsync(cancellationToken), invoice, IsReceipt: true)
            : null;
}
