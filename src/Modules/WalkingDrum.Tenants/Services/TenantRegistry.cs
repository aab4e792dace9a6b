using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Services;

/// <summary>
/// Resolves tenants from the registry with a small cache in front: an idle tenant costs one
/// <see cref="TenantInfo"/> entry. Entries expire so that changes made on another node show up
/// within <see cref="EntryLifetime"/>; changes on this node invalidate at once.
/// </summary>
internal sealed class TenantRegistry(IServiceScopeFactory scopeFactory, IMemoryCache cache) : ITenantLookup
{
    private static readonly TimeSpan EntryLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MissLifetime = TimeSpan.FromSeconds(5);

    public async ValueTask<TenantInfo?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var key = NameKey(name);
        if (cache.TryGetValue(key, out TenantInfo? cached))
        {
            return cached;
        }

        var normalized = name.ToLowerInvariant();
        var tenant = await QueryAsync(db => db.Set<Tenant>().Where(t => t.Name == normalized), cancellationToken);
        cache.Set(key, tenant, tenant is null ? MissLifetime : Jittered(EntryLifetime));
        return tenant;
    }

    public async ValueTask<TenantInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default)
    {
        var key = HostKey(host);
        if (cache.TryGetValue(key, out TenantInfo? cached))
        {
            return cached;
        }

        var normalized = host.ToLowerInvariant();
        var tenant = await QueryAsync(
            db => db.Set<Tenant>().Where(t => t.Domains.Any(d => d.Host == normalized)), cancellationToken);
        cache.Set(key, tenant, tenant is null ? MissLifetime : Jittered(EntryLifetime));
        return tenant;
    }

    /// <summary>
    /// Spreads expiries by up to a fifth, so entries cached in one sweep (every shop visited once)
    /// do not all expire, and hit the database, in the same second.
    /// </summary>
    internal static TimeSpan Jittered(TimeSpan lifetime) =>
        lifetime + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * lifetime.TotalMilliseconds / 5);

    public void Invalidate(string name) => cache.Remove(NameKey(name));

    public void InvalidateHost(string host) => cache.Remove(HostKey(host));

    private static string NameKey(string name) => "tenant-name:" + name.ToLowerInvariant();

    private static string HostKey(string host) => "tenant-host:" + host.ToLowerInvariant();

    private async Task<TenantInfo?> QueryAsync(
        Func<WalkingDrumDbContext, IQueryable<Tenant>> query, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        return await query(db)
            .AsNoTracking()
            .Select(t => new TenantInfo(t.Id, t.Name, t.DisplayName, t.State, t.Plan))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
