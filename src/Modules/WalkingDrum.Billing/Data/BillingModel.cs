using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Data;

/// <summary>Tables of payments: each shop's Stripe account, the inbox of received events and the reconciliation cursors.</summary>
internal sealed class BillingModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<PaymentSettings>(settings =>
        {
            settings.ToTable("PaymentSettings");
            settings.HasKey(s => s.TenantId);
            settings.Property(s => s.SecretKeyProtected).HasMaxLength(2000);
            settings.Property(s => s.SecretKeyHint).HasMaxLength(40);
            settings.Property(s => s.PublishableKey).HasMaxLength(300);
            settings.Property(s => s.WebhookSecretProtected).HasMaxLength(2000);
            settings.Property(s => s.SandboxWebhookId).HasMaxLength(100);
            settings.Property(s => s.SandboxWebhookUrl).HasMaxLength(500);
            settings.Property(s => s.SandboxWebhookSecretProtected).HasMaxLength(2000);
        });

        modelBuilder.Entity<StripeReconcileCursor>(cursor =>
        {
            cursor.ToTable("StripeReconcileCursors");
            cursor.HasKey(c => c.TenantId);
        });

        modelBuilder.Entity<StripeInboxEvent>(inbox =>
        {
            inbox.ToTable("StripeInbox");
            inbox.HasKey(e => new { e.TenantId, e.EventId });
            inbox.Property(e => e.EventId).HasMaxLength(255);
            inbox.Property(e => e.Type).HasMaxLength(100);
            inbox.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            inbox.Property(e => e.LeaseOwner).HasMaxLength(100);
            inbox.Property(e => e.LastError).HasMaxLength(2000);
            // The processor's question: what is due now, oldest first.
            inbox.HasIndex(e => new { e.Status, e.NextAttemptAtMs });
            inbox.HasIndex(e => new { e.TenantId, e.CreatedUnix });
        });
    }
}
