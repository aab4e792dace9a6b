using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Services;

/// <summary>The current shop's details as its owner edits them.</summary>
public sealed class StoreSettingsService(WalkingDrumDbContext db, ITenantContext tenantContext, ITenantLookup lookup, IMemoryCache cache)
{
    public async Task<(string StoreName, TenantSettings Settings)> GetAsync(CancellationToken cancellationToken)
    {
        var tenant = await CurrentAsync(cancellationToken);
        return (tenant.DisplayName, TenantSettings.Parse(tenant.Settings));
    }

    public async Task SaveAsync(string storeName, TenantSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var tenant = await CurrentAsync(cancellationToken);
        tenant.DisplayName = storeName;
        tenant.Settings = settings.ToJson();
        await db.SaveChangesAsync(cancellationToken);
        lookup.Invalidate(tenant.Id, tenant.Name);
        cache.Remove(StoreProfileReader.CacheKey(tenant.Id));
    }

    private Task<Tenant> CurrentAsync(CancellationToken cancellationToken) =>
        db.Set<Tenant>().SingleAsync(t => t.Id == tenantContext.TenantId, cancellationToken);
}
