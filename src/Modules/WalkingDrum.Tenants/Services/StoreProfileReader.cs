using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Services;

/// <summary>Store profile from the registry row, cached for a short while per tenant.</summary>
internal sealed class StoreProfileReader(ITenantContext tenantContext, WalkingDrumDbContext db, IMemoryCache cache) : IStoreProfileReader
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static string CacheKey(Guid tenantId) => "store-profile:" + tenantId;

    public async ValueTask<StoreProfile> GetAsync(CancellationToken cancellationToken = default)
    {
        var tenant = tenantContext.Tenant;
        var key = CacheKey(tenant.Id);
        if (cache.TryGetValue(key, out StoreProfile? cached) && cached is not null)
        {
            return cached;
        }

        var settings = await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenant.Id).Select(t => t.Settings)
            .FirstOrDefaultAsync(cancellationToken);
        var parsed = TenantSettings.Parse(settings ?? "{}");
        var profile = new StoreProfile(tenant.DisplayName, parsed.Tagline, parsed.Currency, parsed.ContactEmail);
        cache.Set(key, profile, TenantRegistry.Jittered(Lifetime));
        return profile;
    }
}
