using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>
/// Stores received events once per (shop, event id), in batches: each delivery waits until the
/// transaction holding its event has committed, so it is acknowledged only once the event is
/// durable, while one commit serves every delivery that arrived meanwhile (a commit costs a disk
/// flush, and a burst of webhooks would otherwise queue behind one flush each).
/// </summary>
public sealed class StripeInbox(IServiceScopeFactory scopes, InboxSignal signal, TimeProvider clock) : BackgroundService
{
    private const int MaxBatch = 200;

    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Stores the event unless it is already stored; true when it is new.</summary>
    public async Task<bool> StoreAsync(Guid tenantId, ReceivedEvent received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        var write = new PendingWrite(tenantId, received, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(write, cancellationToken);
        return await write.Stored.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingWrite>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                await WriteAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        finally
        {
            // Deliveries still waiting at shutdown get an error, so Stripe delivers them again later.
            _queue.Writer.TryComplete();
            foreach (var write in batch)
            {
                write.Stored.TrySetCanceled(stoppingToken);
            }

            while (_queue.Reader.TryRead(out var write))
            {
                write.Stored.TrySetCanceled(stoppingToken);
            }
        }
    }

    private async Task WriteAsync(List<PendingWrite> batch, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await InsertAsync(batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Stored.TrySetResult(stored[i]);
            }

            if (stored.Contains(true))
            {
                signal.Notify();
            }
        }
        catch (Exception ex) when (batch.Count > 1 && ex is not OperationCanceledException)
        {
            // One bad row must not fail the deliveries it happened to share a transaction with.
            foreach (var write in batch)
            {
                await WriteAsync([write], cancellationToken);
            }
        }
        catch (Exception ex)
        {
            batch[0].Stored.TrySetException(ex);
        }
    }

    private async Task<bool[]> InsertAsync(List<PendingWrite> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var stored = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var (tenantId, e, _) = batch[i];
            // Both providers speak ON CONFLICT DO NOTHING: a copy of a stored event changes nothing
            // and reports no row, without an exception or a read first. Names are the model's
            // snake_case ones (BillingModel); the duplicate-delivery tests fail if they drift.
            stored[i] = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO stripe_inbox (tenant_id, event_id, type, created_unix, livemode, payload, status, attempts,
                                          received_at_ms, next_attempt_at_ms, lease_owner, lease_until_ms, last_error, processed_at_ms)
                VALUES ({tenantId}, {e.Id}, {e.Type}, {e.CreatedUnix}, {e.Livemode}, {e.Payload}, 'Pending', 0,
                        {now}, {now}, NULL, 0, NULL, NULL)
                ON CONFLICT (tenant_id, event_id) DO NOTHING
                """,
                cancellationToken) == 1;
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private sealed record PendingWrite(Guid TenantId, ReceivedEvent Event, TaskCompletionSource<bool> Stored);
}
