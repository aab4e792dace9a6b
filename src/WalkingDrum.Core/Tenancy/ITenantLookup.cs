namespace WalkingDrum.Core.Tenancy;

/// <summary>Finds tenants in the host registry (cached); implemented by the Tenants module.</summary>
public interface ITenantLookup
{
    /// <summary>Finds a tenant by its name, in any state; null when no such tenant exists.</summary>
    ValueTask<TenantInfo?> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds a tenant by its id, in any state (for background work that stored only the id); null
    /// when no such tenant exists. Cached like the other lookups: a change shows within seconds.
    /// </summary>
    ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="take"/> tenants, in any state, whose names sort after
    /// <paramref name="afterName"/> (from the start when null), in name order, read from the
    /// registry rather than the cache: background work visits every shop a page at a time.
    /// </summary>
    Task<IReadOnlyList<TenantInfo>> ListAsync(string? afterName, int take, CancellationToken cancellationToken = default);

    /// <summary>Finds a tenant by one of its custom host names; null when none claims it.</summary>
    ValueTask<TenantInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default);

    /// <summary>Drops the cached entries (by id and by name) after a tenant changed on this node.</summary>
    void Invalidate(Guid id, string name);

    /// <summary>Drops the cached answer for a custom host name after it was attached or detached.</summary>
    void InvalidateHost(string host);
}
