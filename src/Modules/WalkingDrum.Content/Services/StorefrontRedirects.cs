using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Services;

/// <summary>Redirects kept in the database; staged on the caller's unit of work.</summary>
internal sealed class StorefrontRedirects(WalkingDrumDbContext db, TimeProvider clock) : IStorefrontRedirects
{
    public async Task AddAsync(string fromPath, string toPath, CancellationToken cancellationToken)
    {
        if (string.Equals(fromPath, toPath, StringComparison.Ordinal))
        {
            return;
        }

        var set = db.Set<StorefrontRedirect>();
        // Collapse chains (a → b, then b → c makes a → c) and drop a redirect away from the new
        // path, which would otherwise hide the content that now lives there.
        foreach (var earlier in await set.Where(r => r.ToPath == fromPath).ToListAsync(cancellationToken))
        {
            if (string.Equals(earlier.FromPath, toPath, StringComparison.Ordinal))
            {
                set.Remove(earlier);
            }
            else
            {
                earlier.ToPath = toPath;
            }
        }

        if (await set.FindAsync([db.CurrentTenantId, toPath], cancellationToken) is { } shadowing)
        {
            set.Remove(shadowing);
        }

        var existing = await set.FindAsync([db.CurrentTenantId, fromPath], cancellationToken);
        if (existing is null)
        {
            set.Add(new StorefrontRedirect { FromPath = fromPath, ToPath = toPath, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            existing.ToPath = toPath;
        }
    }

    public async Task<string?> FindAsync(string path, CancellationToken cancellationToken) =>
        await db.Set<StorefrontRedirect>().AsNoTracking()
            .Where(r => r.FromPath == path)
            .Select(r => r.ToPath)
            .FirstOrDefaultAsync(cancellationToken);
}
