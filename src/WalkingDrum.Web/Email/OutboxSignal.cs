using System.Data.Common;
using System.Runtime.CompilerServices;

namespace WalkingDrum.Web.Email;

/// <summary>
/// Wakes <see cref="EmailDispatcher"/> when a message becomes visible in the outbox, instead of
/// waiting for its next poll: at once for a message committed on its own, and when the
/// transaction commits for one enqueued inside it (<see cref="OutboxCommitInterceptor"/>).
/// </summary>
internal sealed class OutboxSignal : IDisposable
{
    private static readonly object Waiting = new();

    private readonly SemaphoreSlim _signal = new(0, 1);

    // Weak, so an abandoned transaction leaves nothing behind; at worst a reused transaction
    // object wakes the dispatcher once for nothing.
    private readonly ConditionalWeakTable<DbTransaction, object> _transactions = [];

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every message stored since.
        }
    }

    /// <summary>Notifies once <paramref name="transaction"/> commits.</summary>
    public void NotifyOnCommit(DbTransaction transaction) => _transactions.AddOrUpdate(transaction, Waiting);

    public void Committed(DbTransaction transaction)
    {
        if (_transactions.Remove(transaction))
        {
            Notify();
        }
    }

    // Npgsql reuses transaction objects, so a rolled-back one must not wake the dispatcher later.
    public void RolledBack(DbTransaction transaction) => _transactions.Remove(transaction);

    /// <summary>Waits for a signal or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
