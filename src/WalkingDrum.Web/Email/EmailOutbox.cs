using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Web.Email;

/// <summary>
/// The dispatcher's reads and writes of <c>email_outbox</c>: claiming due messages with a lease
/// (two nodes never claim one message at once, and a node that dies only delays its claims),
/// recording the outcome, and dropping old sent rows. Every write after the claim is guarded by
/// the lease owner, so a node whose claim was taken over changes nothing.
/// </summary>
internal sealed class EmailOutbox(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EmailOptions> options)
{
    /// <summary>Pauses before each retry; a failure after the last one marks the message failed.</summary>
    internal static readonly TimeSpan[] RetryPauses =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(6),
    ];

    /// <summary>
    /// How long a claim holds. It is renewed before each send, and one send is bounded by the SMTP
    /// timeouts (well under this), so it only runs out when the node stopped working on it.
    /// </summary>
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static readonly string Pending = nameof(OutboxStatus.Pending);

    /// <summary>Claims up to <paramref name="take"/> due messages, oldest first, counting an attempt for each.</summary>
    public async Task<List<OutboxEmail>> ClaimDueAsync(string owner, int take, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)Lease.TotalMilliseconds;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        // One statement claims the batch. On PostgreSQL, SKIP LOCKED lets two nodes claim side by
        // side without waiting on each other, and the row lock re-checks the condition, so a row
        // another node claimed meanwhile is never claimed twice. SQLite has one writer at a time,
        // which makes the same statement atomic there.
        var claim = db.Provider == DatabaseProvider.PostgreSql
            ? (FormattableString)$"""
              UPDATE email_outbox SET lease_owner = {owner}, lease_until_ms = {until}, attempts = attempts + 1
              WHERE (tenant_id, id) IN (
                  SELECT tenant_id, id FROM email_outbox
                  WHERE status = {Pending} AND next_attempt_at_ms <= {now} AND lease_until_ms < {now}
                  ORDER BY next_attempt_at_ms
                  LIMIT {take}
                  FOR UPDATE SKIP LOCKED)
              RETURNING *
              """
            : (FormattableString)$"""
              UPDATE email_outbox SET lease_owner = {owner}, lease_until_ms = {until}, attempts = attempts + 1
              WHERE (tenant_id, id) IN (
                  SELECT tenant_id, id FROM email_outbox
                  WHERE status = {Pending} AND next_attempt_at_ms <= {now} AND lease_until_ms < {now}
                  ORDER BY next_attempt_at_ms
                  LIMIT {take})
              RETURNING *
              """;
        var claimed = await db.Set<OutboxEmail>().FromSql(claim).AsNoTracking().ToListAsync(cancellationToken);
        return [.. claimed.OrderBy(e => e.NextAttemptAtMs)];
    }

    /// <summary>Renews the claim just before sending; false when the message is no longer ours.</summary>
    public async Task<bool> RenewLeaseAsync(OutboxEmail email, string owner, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow().Add(Lease).ToUnixTimeMilliseconds();
        return await UpdateOwnedAsync(email, owner, set => set.SetProperty(e => e.LeaseUntilMs, until), cancellationToken);
    }

    /// <summary>Marks a delivered message sent. Its next attempt time stays, for the purge's index.</summary>
    public async Task MarkSentAsync(OutboxEmail email, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await UpdateOwnedAsync(email, owner, set => set
            .SetProperty(e => e.Status, OutboxStatus.Sent)
            .SetProperty(e => e.SentAtMs, now)
            .SetProperty(e => e.LeaseOwner, (string?)null)
            .SetProperty(e => e.LeaseUntilMs, 0)
            .SetProperty(e => e.LastError, (string?)null), cancellationToken);
    }

    /// <summary>
    /// Schedules the next attempt after a failure, or marks the message failed when it was the
    /// last one or <paramref name="permanent"/>; returns the status it is left in.
    /// </summary>
    public async Task<OutboxStatus> RecordFailureAsync(
        OutboxEmail email, string owner, string error, bool permanent, CancellationToken cancellationToken)
    {
        var giveUp = permanent || email.Attempts > RetryPauses.Length;
        var status = giveUp ? OutboxStatus.Failed : OutboxStatus.Pending;
        var next = giveUp
            ? email.NextAttemptAtMs
            : clock.GetUtcNow().Add(RetryPauses[Math.Max(email.Attempts, 1) - 1]).ToUnixTimeMilliseconds();
        var message = error.Length <= EmailOutboxModel.MaxErrorLength ? error : error[..EmailOutboxModel.MaxErrorLength];
        await UpdateOwnedAsync(email, owner, set => set
            .SetProperty(e => e.Status, status)
            .SetProperty(e => e.NextAttemptAtMs, next)
            .SetProperty(e => e.LeaseOwner, (string?)null)
            .SetProperty(e => e.LeaseUntilMs, 0)
            .SetProperty(e => e.LastError, message), cancellationToken);
        return status;
    }

    /// <summary>Deletes messages sent more than <c>Email:Outbox:KeepSentDays</c> ago; returns how many.</summary>
    public async Task<int> PurgeSentAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.Outbox.KeepSentDays).ToUnixTimeMilliseconds();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        // A message is never sent before it was due, so every row sent before the cutoff was also
        // due before it: that condition adds nothing to the answer but lets the (status,
        // next_attempt_at_ms) index find the rows without reading every sent one.
        return await db.Set<OutboxEmail>()
            .Where(e => e.Status == OutboxStatus.Sent && e.NextAttemptAtMs < cutoff && e.SentAtMs < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<bool> UpdateOwnedAsync(
        OutboxEmail email,
        string owner,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxEmail>> set,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        var (tenantId, id) = (email.TenantId, email.Id);
        var updated = await db.Set<OutboxEmail>()
            .Where(e => e.TenantId == tenantId && e.Id == id && e.Status == OutboxStatus.Pending && e.LeaseOwner == owner)
            .ExecuteUpdateAsync(set, cancellationToken);
        return updated == 1;
    }
}
