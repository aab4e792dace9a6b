using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>
/// Which Stripe account each shop uses. Decrypted settings are kept in memory for a minute, so a
/// burst of webhooks does not read and decrypt the settings once per event; saving through
/// <see cref="Forget"/> makes this node see a change at once, other nodes within the minute.
/// </summary>
public sealed class StripeAccounts(IMemoryCache cache, StripeSecrets secrets)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The account of <paramref name="tenantId"/>; the sandbox when no key is set.</summary>
    public async Task<StripeAccount> GetAsync(WalkingDrumDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (cache.TryGetValue(CacheKey(tenantId), out StripeAccount? known) && known is not null)
        {
            return known;
        }

        var settings = await db.Set<PaymentSettings>().AsNoTracking()
            .IgnoreQueryFilters()
            .FirstOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        var account = From(tenantId, settings);
        using (var entry = cache.CreateEntry(CacheKey(tenantId)))
        {
            entry.Value = account;
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
        }

        return account;
    }

    /// <summary>Drops the cached account after its settings changed.</summary>
    public void Forget(Guid tenantId) => cache.Remove(CacheKey(tenantId));

    private StripeAccount From(Guid tenantId, PaymentSettings? settings)
    {
        if (settings?.SecretKeyProtected is { } protectedKey)
        {
            var webhook = settings.WebhookSecretProtected is { } w ? secrets.Unprotect(tenantId, w) : null;
            return new StripeAccount(secrets.Unprotect(tenantId, protectedKey), webhook, IsSandbox: false);
        }

        var sandboxWebhook = settings?.SandboxWebhookSecretProtected is { } s ? secrets.Unprotect(tenantId, s) : null;
        return new StripeAccount(StripeAccount.SandboxKeyOf(tenantId), sandboxWebhook, IsSandbox: true);
    }

    private static string CacheKey(Guid tenantId) => $"billing:stripe-account:{tenantId:N}";
}
