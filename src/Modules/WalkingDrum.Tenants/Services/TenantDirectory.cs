using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Services;

/// <summary>One page of the platform's tenant list.</summary>
public sealed record TenantPage(IReadOnlyList<Tenant> Tenants, string? NextAfter);

/// <summary>
/// The operators' view of the registry. Paging is by key (names after the last one shown) and
/// search is a name prefix, so a page costs the same at 100 tenants and at 100,000.
/// </summary>
public sealed class TenantDirectory(WalkingDrumDbContext db)
{
    public const int PageSize = 50;

    public async Task<TenantPage> ListAsync(string? prefix, string? after, CancellationToken cancellationToken)
    {
        var query = db.Set<Tenant>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(prefix))
        {
            var normalized = prefix.Trim().ToLowerInvariant();
            query = query.Where(t => t.Name.StartsWith(normalized));
        }

        if (!string.IsNullOrEmpty(after))
        {
            query = query.Where(t => t.Name.CompareTo(after) > 0);
        }

        var rows = await query.OrderBy(t => t.Name).Take(PageSize + 1).ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? rows[PageSize - 1].Name : null;
        return new TenantPage(rows.Take(PageSize).ToList(), next);
    }

    public Task<Tenant?> FindAsync(string name, CancellationToken cancellationToken) =>
        db.Set<Tenant>().Include(t => t.Domains).FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
}
