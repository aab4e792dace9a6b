using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// What storefront pages read from the database (a product with its gallery and parts, a page of
/// a collection, the menus), kept in memory per shop so a page the output cache cannot serve (a
/// signed-in shopper, a new query string, a shop just published) is still rendered without its
/// queries. Anything a shop publishes moves that shop to a new generation, which hides every entry
/// of the old one at once; entries also expire after <see cref="Lifetime"/>, which bounds how long
/// another node that did not see the change can show old data. Misses are not cached, so unknown
/// addresses cannot fill it. <c>Storefront:ReadCache:Enabled=false</c> turns it off (the catalog
/// benchmark measures both).
/// </summary>
public sealed class StorefrontReadCache : IDisposable
{
    /// <summary>How long an entry is kept when nothing is published meanwhile.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<Guid, long> _generations = new();
    private readonly MemoryCache? _entries;

    public StorefrontReadCache(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetValue("Storefront:ReadCache:Enabled", true))
        {
            _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue("Storefront:ReadCache:Entries", 20_000L) });
        }
    }

    /// <summary>
    /// The shop's cached value for <paramref name="key"/>, or what <paramref name="load"/> returns,
    /// kept unless it is null. Keys are the caller's: they must hold everything the value depends on.
    /// </summary>
    public async Task<T?> GetOrLoadAsync<T>(Guid tenantId, string key, Func<CancellationToken, Task<T?>> load, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        if (_entries is null)
        {
            return await load(cancellationToken);
        }

        // Read before loading: a change committed while loading moves the shop past this
        // generation, so what was loaded can never be served after the change.
        var entryKey = new EntryKey(tenantId, _generations.GetValueOrDefault(tenantId), key);
        if (_entries.TryGetValue(entryKey, out var cached) && cached is T hit)
        {
            return hit;
        }

        var value = await load(cancellationToken);
        if (value is not null)
        {
            _entries.Set(entryKey, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return value;
    }

    /// <summary>Forgets everything cached for the shop.</summary>
    public void Invalidate(Guid tenantId) => _generations.AddOrUpdate(tenantId, 1, (_, generation) => generation + 1);

    public void Dispose() => _entries?.Dispose();

    private readonly record struct EntryKey(Guid TenantId, long Generation, string Key);
}
