using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>Stores received events once per (shop, event id); copies of a stored event are ignored.</summary>
public sealed class StripeInbox(WalkingDrumDbContext db, InboxSignal signal, TimeProvider clock)
{
    /// <summary>Stores the event unless it is already stored; true when it is new.</summary>
    public async Task<bool> StoreAsync(Guid tenantId, ReceivedEvent received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        var events = db.Set<StripeInboxEvent>();
        if (await events.AnyAsync(e => e.TenantId == tenantId && e.EventId == received.Id, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var row = new StripeInboxEvent
        {
            TenantId = tenantId,
            EventId = received.Id,
            Type = received.Type,
            CreatedUnix = received.CreatedUnix,
            Livemode = received.Livemode,
            Payload = received.Payload,
            Status = InboxStatus.Pending,
            ReceivedAtMs = now,
            NextAttemptAtMs = now,
        };
        events.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await events.AnyAsync(e => e.TenantId == tenantId && e.EventId == received.Id, cancellationToken))
            {
                // A copy delivered at the same moment won the insert.
                return false;
            }

            throw;
        }

        db.Entry(row).State = EntityState.Detached;
        signal.Notify();
        return true;
    }
}
