using System.Collections.Concurrent;
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

    // One database query per key at a time: requests that miss together share its answer.
    private readonly ConcurrentDictionary<string, Lazy<Task<TenantInfo?>>> _loading = new(StringComparer.Ordinal);

    public ValueTask<TenantInfo?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var normalized = name.ToLowerInvariant();
        return GetOrLoadAsync(NameKey(normalized), db => db.Set<Tenant>().Where(t => t.Name == normalized), cancellationToken);
    }

    public ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrLoadAsync(IdKey(id), db => db.Set<Tenant>().Where(t => t.Id == id), cancellationToken);

    public ValueTask<TenantInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default)
    {
        var normalized = host.ToLowerInvariant();
        return GetOrLoadAsync(
            HostKey(normalized), db => db.Set<Tenant>().Where(t => t.Domains.Any(d => d.Host == normalized)), cancellationToken);
    }

    public async Task<IReadOnlyList<TenantInfo>> ListAsync(string? afterName, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        var tenants = db.Set<Tenant>().AsNoTracking();
        if (afterName is not null)
        {
            tenants = tenants.Where(t => t.Name.CompareTo(afterName) > 0);
        }

        // Keyset paging on the unique name index: a page costs the same at any depth.
        return await tenants.OrderBy(t => t.Name).Take(take)
            .Select(t => new TenantInfo(t.Id, t.Name, t.DisplayName, t.State, t.Plan))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Spreads expiries by up to a fifth, so entries cached in one sweep (every shop visited once)
    /// do not all expire, and hit the database, in the same second.
    /// </summary>
    internal static TimeSpan Jittered(TimeSpan lifetime) =>
        lifetime + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * lifetime.TotalMilliseconds / 5);

    public void Invalidate(Guid id, string name)
    {
        // Both keys: background work (the email dispatcher) finds shops by id, and must see a deletion at once.
        cache.Remove(IdKey(id));
        cache.Remove(NameKey(name));
    }

    public void InvalidateHost(string host) => cache.Remove(HostKey(host));

    private static string NameKey(string name) => "tenant-name:" + name.ToLowerInvariant();

    private static string IdKey(Guid id) => "tenant-id:" + id.ToString("N");

    private static string HostKey(string host) => "tenant-host:" + host.ToLowerInvariant();

    private async ValueTask<TenantInfo?> GetOrLoadAsync(
        string key, Func<WalkingDrumDbContext, IQueryable<Tenant>> query, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out TenantInfo? cached))
        {
            return cached;
        }

        var load = _loading.GetOrAdd(key, _ => new Lazy<Task<TenantInfo?>>(() => LoadAsync(key, query)));
        try
        {
            return await load.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            _loading.TryRemove(KeyValuePair.Create(key, load));
        }
    }

    // Shared by every waiting request, so one caller's cancellation must not cancel it.
    private async Task<TenantInfo?> LoadAsync(string key, Func<WalkingDrumDbContext, IQueryable<Tenant>> query)
    {
        var tenant = await QueryAsync(query, CancellationToken.None);
        cache.Set(key, tenant, tenant is null ? MissLifetime : Jittered(EntryLifetime));
        return tenant;
    }

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
