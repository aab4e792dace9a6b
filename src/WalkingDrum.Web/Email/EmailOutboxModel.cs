using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Web.Email;

/// <summary>The host's share of the model: the email outbox (<c>email_outbox</c>).</summary>
internal sealed class EmailOutboxModel : IModelContributor
{
    public const int MaxRecipientLength = 320;
    public const int MaxSubjectLength = 1000;
    public const int MaxErrorLength = 2000;
    public const int MaxLeaseOwnerLength = 100;

    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<OutboxEmail>(outbox =>
        {
            outbox.ToTable("EmailOutbox");
            outbox.HasKey(e => new { e.TenantId, e.Id });
            outbox.Property(e => e.Recipient).HasMaxLength(MaxRecipientLength);
            outbox.Property(e => e.Subject).HasMaxLength(MaxSubjectLength);
            outbox.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            outbox.Property(e => e.LeaseOwner).HasMaxLength(MaxLeaseOwnerLength);
            outbox.Property(e => e.LastError).HasMaxLength(MaxErrorLength);
            // The dispatcher's question: what is due now, oldest first. The purge of old sent
            // rows walks it too (see EmailOutbox.PurgeSentAsync).
            outbox.HasIndex(e => new { e.Status, e.NextAttemptAtMs });
        });
    }
}
