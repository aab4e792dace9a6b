using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Data;

/// <summary>Tables of invoicing: invoices, their lines, payment attempts and credit notes.</summary>
internal sealed class InvoiceModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Invoice>(invoice =>
        {
            invoice.ToTable("Invoices");
            invoice.HasKey(i => new { i.TenantId, i.Id });
            invoice.Property(i => i.SourceKey).HasMaxLength(Invoice.MaxSourceKeyLength);
            invoice.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            invoice.Property(i => i.CustomerEmail).HasMaxLength(256);
            invoice.Property(i => i.CustomerName).HasMaxLength(200);
            invoice.Property(i => i.Currency).HasMaxLength(3);
            invoice.Property(i => i.PaymentId).HasMaxLength(255);
            invoice.Property(i => i.Version).IsConcurrencyToken();
            foreach (var computed in new[] { nameof(Invoice.DisplayNumber), nameof(Invoice.Subtotal), nameof(Invoice.Discount), nameof(Invoice.Tax),
                nameof(Invoice.Total), nameof(Invoice.AmountPaid), nameof(Invoice.AmountCredited), nameof(Invoice.AmountDue), nameof(Invoice.Creditable) })
            {
                invoice.Ignore(computed);
            }

            invoice.HasIndex(i => new { i.TenantId, i.Number }).IsUnique();
            // What makes "each period's invoice exactly once" hold when two writers race.
            invoice.HasIndex(i => new { i.TenantId, i.SourceKey }).IsUnique();
            invoice.HasIndex(i => new { i.TenantId, i.CustomerEmail });
            invoice.HasIndex(i => new { i.TenantId, i.Status, i.Number });
            // Payment outcome reports name the payment.
            invoice.HasIndex(i => new { i.TenantId, i.PaymentId });
            invoice.HasMany(i => i.Lines).WithOne().HasForeignKey(l => new { l.TenantId, l.InvoiceId }).OnDelete(DeleteBehavior.Cascade);
            invoice.HasMany(i => i.PaymentAttempts).WithOne().HasForeignKey(a => new { a.TenantId, a.InvoiceId }).OnDelete(DeleteBehavior.Cascade);
            invoice.HasMany(i => i.CreditNotes).WithOne().HasForeignKey(c => new { c.TenantId, c.InvoiceId }).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<InvoiceLine>(line =>
        {
            line.ToTable("InvoiceLines");
            line.HasKey(l => new { l.TenantId, l.InvoiceId, l.Position });
            line.Property(l => l.Description).HasMaxLength(InvoiceLine.MaxDescriptionLength);
            line.Property(l => l.Currency).HasMaxLength(3);
            line.Ignore(l => l.UnitAmount);
            line.Ignore(l => l.Amount);
        });

        modelBuilder.Entity<InvoicePaymentAttempt>(attempt =>
        {
            attempt.ToTable("InvoicePaymentAttempts");
            attempt.HasKey(a => new { a.TenantId, a.Id });
            attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
            attempt.Property(a => a.PaymentId).HasMaxLength(255);
            attempt.Property(a => a.FailureCode).HasMaxLength(100);
            attempt.Property(a => a.FailureMessage).HasMaxLength(InvoicePaymentAttempt.MaxFailureMessageLength);
            attempt.HasIndex(a => new { a.TenantId, a.InvoiceId });
        });

        modelBuilder.Entity<CreditNote>(note =>
        {
            note.ToTable("CreditNotes");
            note.HasKey(c => new { c.TenantId, c.Id });
            note.Property(c => c.Currency).HasMaxLength(3);
            note.Property(c => c.Reason).HasMaxLength(CreditNote.MaxReasonLength);
            note.Property(c => c.ProcessorRefundId).HasMaxLength(255);
            note.Ignore(c => c.DisplayNumber);
            note.Ignore(c => c.Amount);
            note.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
            note.HasIndex(c => new { c.TenantId, c.ProcessorRefundId }).IsUnique();
            note.HasIndex(c => new { c.TenantId, c.InvoiceId });
        });
    }
}
