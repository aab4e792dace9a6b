using Stripe;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>The current shop's Stripe account and a client for it.</summary>
public sealed class ShopStripe(StripeAccounts accounts, StripeClients clients, WalkingDrumDbContext db, ITenantContext tenant)
{
    private StripeAccount? _account;

    public Guid TenantId => tenant.TenantId;

    public async Task<StripeAccount> AccountAsync(CancellationToken cancellationToken)
    {
        if (tenant.TenantId == Guid.Empty)
        {
            throw new InvalidOperationException("Payments belong to a shop; the platform host has no Stripe account.");
        }

        return _account ??= await accounts.GetAsync(db, tenant.TenantId, cancellationToken);
    }

    public async Task<IStripeClient> ClientAsync(CancellationToken cancellationToken) =>
        await clients.ForAsync(await AccountAsync(cancellationToken), cancellationToken);

    /// <summary>Request options carrying the deterministic key every write needs.</summary>
    public static RequestOptions Idempotent(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return new RequestOptions { IdempotencyKey = idempotencyKey };
    }
}
