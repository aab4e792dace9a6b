using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Email;

/// <summary>
/// The current shop's view of the email outbox: its messages in every state, and queueing a
/// failed one again. The outbox is a platform table without query filter or row-level security
/// (the dispatcher reads it across shops), so every query here names the shop itself.
/// </summary>
internal sealed class EmailLog(WalkingDrumDbContext db, ITenantContext tenantContext, OutboxSignal signal, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The shop's messages in <paramref name="state"/> (all when null), newest first.</summary>
    public async Task<EmailLogPage> ListAsync(EmailLogState? state, int page, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var counts = await CountAsync(now, cancellationToken);
        var matching = state is { } only ? counts[only] : counts.Values.Sum();
        var pageCount = Math.Max(1, (matching + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        // Ids are version 7 GUIDs, which sort by creation time on both providers, so the primary
        // key (tenant, id) serves this order without an index of its own.
        var rows = await InState(Shop(), state, now)
            .OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return new EmailLogPage([.. rows.Select(e => Entry(e, now))], counts, matching, page, pageCount);
    }

    /// <summary>
    /// Queues a failed message of the shop again, with a fresh set of retries. A message that is
    /// queued, being sent or sent is left as it is, so submitting the form twice sends it once.
    /// </summary>
    public async Task<RequeueResult> RequeueAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        // One guarded UPDATE: of two submits racing, only one finds the message still failed.
        var requeued = await Shop()
            .Where(e => e.Id == id && e.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, OutboxStatus.Pending)
                .SetProperty(e => e.Attempts, 0)
                .SetProperty(e => e.NextAttemptAtMs, now)
                .SetProperty(e => e.LastError, (string?)null), cancellationToken);
        if (requeued == 1)
        {
            signal.Notify();
        }

        var row = await Shop().Where(e => e.Id == id).Select(e => new { e.Status, e.Subject }).FirstOrDefaultAsync(cancellationToken);
        var outcome = row is null ? RequeueOutcome.NotFound
            : requeued == 1 ? RequeueOutcome.Requeued
            : row.Status == OutboxStatus.Sent ? RequeueOutcome.AlreadySent
            : RequeueOutcome.AlreadyQueued;
        return new RequeueResult(outcome, row?.Subject ?? "");
    }

    private IQueryable<OutboxEmail> Shop()
    {
        var tenantId = tenantContext.TenantId;
        // Platform mail (password resets of operators) belongs to no shop's log.
        return tenantId == Guid.Empty
            ? db.Set<OutboxEmail>().Where(_ => false)
            : db.Set<OutboxEmail>().Where(e => e.TenantId == tenantId);
    }

    // A pending message whose claim has not run out is being delivered by some node.
    private static IQueryable<OutboxEmail> InState(IQueryable<OutboxEmail> rows, EmailLogState? state, long now) => state switch
    {
        EmailLogState.Queued => rows.Where(e => e.Status == OutboxStatus.Pending && e.LeaseUntilMs < now),
        EmailLogState.Sending => rows.Where(e => e.Status == OutboxStatus.Pending && e.LeaseUntilMs >= now),
        EmailLogState.Failed => rows.Where(e => e.Status == OutboxStatus.Failed),
        EmailLogState.Sent => rows.Where(e => e.Status == OutboxStatus.Sent),
        _ => rows,
    };

    private async Task<IReadOnlyDictionary<EmailLogState, int>> CountAsync(long now, CancellationToken cancellationToken)
    {
        var groups = await Shop()
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, All = g.Count(), Claimed = g.Count(e => e.LeaseUntilMs >= now) })
            .ToListAsync(cancellationToken);
        int Of(OutboxStatus status) => groups.FirstOrDefault(g => g.Status == status)?.All ?? 0;
        var sending = groups.FirstOrDefault(g => g.Status == OutboxStatus.Pending)?.Claimed ?? 0;
        return new Dictionary<EmailLogState, int>
        {
            [EmailLogState.Queued] = Of(OutboxStatus.Pending) - sending,
            [EmailLogState.Sending] = sending,
            [EmailLogState.Failed] = Of(OutboxStatus.Failed),
            [EmailLogState.Sent] = Of(OutboxStatus.Sent),
        };
    }

    private static EmailLogEntry Entry(OutboxEmail e, long now)
    {
        var state = e.Status switch
        {
            OutboxStatus.Sent => EmailLogState.Sent,
            OutboxStatus.Failed => EmailLogState.Failed,
            _ => e.LeaseUntilMs >= now ? EmailLogState.Sending : EmailLogState.Queued,
        };
        return new EmailLogEntry(
            e.Id, e.Recipient, e.Subject, e.TextBody, state, e.Attempts,
            DateTimeOffset.FromUnixTimeMilliseconds(e.CreatedAtMs),
            state == EmailLogState.Queued ? DateTimeOffset.FromUnixTimeMilliseconds(e.NextAttemptAtMs) : null,
            e.SentAtMs is { } sent ? DateTimeOffset.FromUnixTimeMilliseconds(sent) : null,
            e.LastError);
    }
}
