using Microsoft.EntityFrameworkCore;

namespace WalkingDrum.Core.Data;

/// <summary>
/// Hands out a shop's gapless sequential numbers (orders, invoices) inside the caller's
/// transaction. One upsert bumps the shop's counter row and returns the number taken: on
/// PostgreSQL the row stays locked until the caller commits, so concurrent writers queue for the
/// next number instead of colliding on it; on SQLite the writer lock does the same. A transaction
/// that rolls back gives its number back, so no number is skipped.
/// </summary>
public sealed class ShopSequences(WalkingDrumDbContext db)
{
    /// <summary>
    /// The next number of the current shop's sequence <paramref name="name"/>. The caller must have
    /// begun a transaction on the scope's context (<c>Database.BeginTransactionAsync</c>); the number
    /// is theirs once it commits.
    /// </summary>
    /// <param name="name">What the sequence numbers (at most <see cref="ShopSequence.MaxNameLength"/> characters).</param>
    /// <param name="first">The first number, used when the shop has no such sequence yet.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <exception cref="InvalidOperationException">No transaction is open, or the scope is not a shop's.</exception>
    public async Task<long> NextAsync(string name, long first, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, ShopSequence.MaxNameLength, nameof(name));
        // Outside a transaction the number would commit at once and be lost if the caller's write failed.
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException($"Sequence '{name}' is allocated inside the caller's transaction; begin one first.");
        }

        var tenantId = db.CurrentTenantId;
        if (tenantId == Guid.Empty)
        {
            throw new InvalidOperationException($"Sequence '{name}' belongs to a shop; the host scope has none.");
        }

        // Names are the model's snake_case ones (ShopSequenceModel); the sequence tests fail if they drift.
        var taken = await db.Database.SqlQuery<long>(
            $"""
            INSERT INTO shop_sequences (tenant_id, name, next_value) VALUES ({tenantId}, {name}, {first + 1})
            ON CONFLICT (tenant_id, name) DO UPDATE SET next_value = shop_sequences.next_value + 1
            RETURNING next_value - 1 AS "Value"
            """).ToListAsync(cancellationToken);
        return taken[0];
    }
}
