using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Billing.Services.Invoices;

/// <summary>
/// The current shop's invoices, for the modules that bill (subscriptions) and the customer portal.
/// Every write joins the caller's transaction when one is open (so an invoice and the caller's own
/// record commit together) or runs in a transaction of its own.
/// </summary>
public sealed partial class Invoices(WalkingDrumDbContext db, ShopSequences sequences, TimeProvider clock)
{
    private const string CreateSavepoint = "invoice_create";

    /// <summary>
    /// The invoice for <see cref="InvoiceDraft.SourceKey"/>: issued now with the next invoice number,
    /// or the one already issued for that key (then the draft is ignored). When two writers race for
    /// one key, the unique key decides: the loser gets the winner's invoice and gives its number back.
    /// </summary>
    /// <exception cref="ArgumentException">The draft is inconsistent (no lines, mixed currencies, a discount above the lines' sum).</exception>
    public Task<Invoice> CreateOrGetAsync(InvoiceDraft draft, CancellationToken cancellationToken)
    {
        InvoiceDrafts.Validate(draft);
        return InTransactionAsync(async () =>
        {
            if (await FindBySourceKeyAsync(draft.SourceKey, cancellationToken) is { } existing)
            {
                return existing;
            }

            var transaction = db.Database.CurrentTransaction!;
            // Taken before the number, so losing the race also gives the number back.
            await transaction.CreateSavepointAsync(CreateSavepoint, cancellationToken);
            var invoice = InvoiceDrafts.ToInvoice(draft, await sequences.NextAsync(InvoiceNumbers.InvoiceSequence, 1, cancellationToken), clock.GetUtcNow());
            db.Add(invoice);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.ReleaseSavepointAsync(CreateSavepoint, cancellationToken);
                return invoice;
            }
            catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
            {
                await transaction.RollbackToSavepointAsync(CreateSavepoint, cancellationToken);
                Forget(invoice);
                return await FindBySourceKeyAsync(draft.SourceKey, cancellationToken) ?? throw new InvalidOperationException(
                    $"The invoice for '{draft.SourceKey}' could neither be issued nor found.");
            }
        }, cancellationToken);
    }

    /// <summary>The invoice with its lines, attempts and credit notes; <see langword="null"/> when the shop has no such invoice.</summary>
    public Task<Invoice?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Complete().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>The invoice numbered <paramref name="number"/> (as in <c>INV-000042</c>).</summary>
    public Task<Invoice?> FindByNumberAsync(long number, CancellationToken cancellationToken) =>
        Complete().FirstOrDefaultAsync(i => i.Number == number, cancellationToken);

    /// <summary>The invoice issued for <paramref name="sourceKey"/>.</summary>
    public Task<Invoice?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken) =>
        Complete().FirstOrDefaultAsync(i => i.SourceKey == sourceKey, cancellationToken);

    /// <summary>The invoice paid, or being paid, by the processor's payment <paramref name="paymentId"/>.</summary>
    public Task<Invoice?> FindByPaymentAsync(string paymentId, CancellationToken cancellationToken) =>
        Complete().FirstOrDefaultAsync(i => i.PaymentId == paymentId || i.PaymentAttempts.Any(a => a.PaymentId == paymentId), cancellationToken);

    /// <summary>A customer's invoices, newest first (addresses compare without case).</summary>
    public async Task<IReadOnlyList<Invoice>> ListByCustomerAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var normalized = InvoiceDrafts.NormalizeEmail(email);
        return await db.Set<Invoice>().AsNoTracking().Include(i => i.Lines).Include(i => i.CreditNotes)
            .Where(i => i.CustomerEmail == normalized)
            .OrderByDescending(i => i.Number)
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Invoice> Complete() =>
        db.Set<Invoice>().Include(i => i.Lines).Include(i => i.PaymentAttempts).Include(i => i.CreditNotes).AsSplitQuery();

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Stops tracking an insert that was rolled back, so the caller's next save does not retry it.</summary>
    private void Forget(Invoice invoice)
    {
        foreach (var line in invoice.Lines.ToList())
        {
            db.Entry(line).State = EntityState.Detached;
        }

        db.Entry(invoice).State = EntityState.Detached;
    }

    private static Amount Same(Amount amount, string currency) =>
        string.Equals(amount.Currency, currency, StringComparison.Ordinal) ? amount
            : throw new ArgumentException($"The invoice is in {currency}; {amount.Currency} cannot be applied to it.", nameof(amount));
}
