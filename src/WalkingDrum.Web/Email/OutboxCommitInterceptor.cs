using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WalkingDrum.Web.Email;

/// <summary>
/// Tells <see cref="OutboxSignal"/> when an EF transaction ends, so mail enqueued inside it is
/// delivered as soon as it is committed. A transaction committed behind EF's back is still picked
/// up by the dispatcher's poll.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        signal.Committed(transaction);

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Committed(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        signal.RolledBack(transaction);

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.RolledBack(transaction);
        return Task.CompletedTask;
    }
}
