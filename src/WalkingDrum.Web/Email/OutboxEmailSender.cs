using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MimeKit;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Email;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Email;

/// <summary>
/// Writes messages to the outbox and returns, so a request never waits for SMTP. The row goes
/// through the scope's own <see cref="WalkingDrumDbContext"/> connection: inside the caller's open
/// transaction it commits or rolls back with the caller's data, otherwise it commits at once.
/// </summary>
internal sealed class OutboxEmailSender(
    WalkingDrumDbContext db, ITenantContext tenantContext, OutboxSignal signal, TimeProvider clock) : IEmailSender
{
    public async ValueTask EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        // A message that can never be delivered is refused here, in the caller's transaction,
        // rather than retried for hours (and SQLite would store what PostgreSQL refuses).
        if (!MailboxAddress.TryParse(message.To, out _) || message.To.Length > EmailOutboxModel.MaxRecipientLength)
        {
            throw new ArgumentException($"'{message.To}' is not an email address.", nameof(message));
        }

        if (message.Subject.Length > EmailOutboxModel.MaxSubjectLength)
        {
            throw new ArgumentException($"The subject is longer than {EmailOutboxModel.MaxSubjectLength} characters.", nameof(message));
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var nowMs = now.ToUnixTimeMilliseconds();
        var pending = nameof(OutboxStatus.Pending);
        // One INSERT on the context's connection rather than Add + SaveChanges: SaveChanges would
        // also save whatever else the caller has tracked and not yet meant to save. A raw command
        // joins the context's current transaction by itself and autocommits when there is none,
        // so one code path serves both cases, with no second context or connection. Names are the
        // model's snake_case ones (EmailOutboxModel); the outbox tests fail if they drift.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO email_outbox (tenant_id, id, recipient, subject, html_body, text_body, status, attempts,
                                      created_at_ms, next_attempt_at_ms, lease_owner, lease_until_ms, last_error, sent_at_ms)
            VALUES ({tenantContext.TenantId}, {id}, {message.To}, {message.Subject}, {message.HtmlBody}, {message.TextBody},
                    {pending}, 0, {nowMs}, {nowMs}, NULL, 0, NULL, NULL)
            """,
            cancellationToken);

        if (db.Database.CurrentTransaction is { } transaction)
        {
            signal.NotifyOnCommit(transaction.GetDbTransaction());
        }
        else
        {
            signal.Notify();
        }
    }
}
