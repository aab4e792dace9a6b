using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services.Cleanup;

/// <summary>What one cleanup deleted.</summary>
/// <param name="Drafts">Checkout drafts.</param>
/// <param name="Carts">Carts, with their lines.</param>
public readonly record struct CleanupCounts(int Drafts, int Carts)
{
    public static CleanupCounts operator +(CleanupCounts left, CleanupCounts right) =>
        new(left.Drafts + right.Drafts, left.Carts + right.Carts);
}

/// <summary>
/// Deletes the current shop's abandoned checkout drafts and carts in small batches. A draft an
/// order was made from is never deleted (the success page and the order's history read it), nor
/// a cart a checkout was started from since its cut-off. Each batch is one statement of its own:
/// on PostgreSQL it skips rows another node is deleting at the same moment, so two nodes share
/// the work instead of waiting on each other; SQLite has one writer at a time.
/// </summary>
internal sealed class CheckoutCleanup(WalkingDrumDbContext db, TimeProvider clock, IOptions<CheckoutCleanupOptions> options)
{
    public async Task<CleanupCounts> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var drafts = await DeleteInBatchesAsync(() => ExpiredDrafts(now.AddDays(-settings.DraftDays)), cancellationToken);
        var carts = await DeleteInBatchesAsync(() => AbandonedCarts(owned: false, now.AddDays(-settings.AnonymousCartDays)), cancellationToken)
            + await DeleteInBatchesAsync(() => AbandonedCarts(owned: true, now.AddDays(-settings.CustomerCartDays)), cancellationToken);
        return new CleanupCounts(drafts, carts);
    }

    private async Task<int> DeleteInBatchesAsync(Func<FormattableString> statement, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await db.Database.ExecuteSqlAsync(statement(), cancellationToken);
            total += deleted;
        }
        while (deleted == options.Value.BatchSize);

        return total;
    }

    // Raw statements bypass the query filters, so each names the shop itself. SQLite keeps
    // moments as text, which unixepoch() reads as comparable seconds (see Data/SqliteDates).
    private FormattableString ExpiredDrafts(DateTimeOffset cutoff)
    {
        var (shop, take, seconds) = (db.CurrentTenantId, options.Value.BatchSize, cutoff.ToUnixTimeSeconds());
        return db.Provider == DatabaseProvider.PostgreSql
            ? (FormattableString)$"""
              DELETE FROM checkout_drafts WHERE (tenant_id, id) IN (
                  SELECT d.tenant_id, d.id FROM checkout_drafts d
                  WHERE d.tenant_id = {shop} AND d.created_at < {cutoff}
                    AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.tenant_id = d.tenant_id AND o.checkout_session_id = d.session_id)
                  LIMIT {take}
                  FOR UPDATE SKIP LOCKED)
              """
            : (FormattableString)$"""
              DELETE FROM checkout_drafts WHERE (tenant_id, id) IN (
                  SELECT d.tenant_id, d.id FROM checkout_drafts d
                  WHERE d.tenant_id = {shop} AND unixepoch(d.created_at) < {seconds}
                    AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.tenant_id = d.tenant_id AND o.checkout_session_id = d.session_id)
                  LIMIT {take})
              """;
    }

    // Cart lines go with their cart (ON DELETE CASCADE).
    private FormattableString AbandonedCarts(bool owned, DateTimeOffset cutoff)
    {
        var (shop, take, seconds) = (db.CurrentTenantId, options.Value.BatchSize, cutoff.ToUnixTimeSeconds());
        return db.Provider == DatabaseProvider.PostgreSql
            ? (FormattableString)$"""
              DELETE FROM carts WHERE (tenant_id, id) IN (
                  SELECT c.tenant_id, c.id FROM carts c
                  WHERE c.tenant_id = {shop} AND (c.user_id IS NOT NULL) = {owned} AND c.updated_at < {cutoff}
                    AND NOT EXISTS (SELECT 1 FROM checkout_drafts d WHERE d.tenant_id = c.tenant_id AND d.cart_id = c.id AND d.created_at >= {cutoff})
                  LIMIT {take}
                  FOR UPDATE SKIP LOCKED)
              """
            : (FormattableString)$"""
              DELETE FROM carts WHERE (tenant_id, id) IN (
                  SELECT c.tenant_id, c.id FROM carts c
                  WHERE c.tenant_id = {shop} AND (c.user_id IS NOT NULL) = {owned} AND unixepoch(c.updated_at) < {seconds}
                    AND NOT EXISTS (SELECT 1 FROM checkout_drafts d WHERE d.tenant_id = c.tenant_id AND d.cart_id = c.id AND unixepoch(d.created_at) >= {seconds})
                  LIMIT {take})
              """;
    }
}
