using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>Puts a shop on the reconciliation job's list once it can receive events; the caller saves.</summary>
internal static class ReconcileEnrollment
{
    /// <summary>Stages the current shop's cursor; <paramref name="restart"/> looks back again from scratch (a new Stripe account).</summary>
    public static async Task StageAsync(WalkingDrumDbContext db, DateTimeOffset now, bool restart, CancellationToken cancellationToken)
    {
        var cursor = await db.Set<StripeReconcileCursor>().FirstOrDefaultAsync(c => c.TenantId == db.CurrentTenantId, cancellationToken);
        if (cursor is null)
        {
            db.Add(new StripeReconcileCursor { TenantId = db.CurrentTenantId, EnrolledAt = now });
        }
        else if (restart)
        {
            cursor.ReconciledUntil = null;
        }
    }
}
