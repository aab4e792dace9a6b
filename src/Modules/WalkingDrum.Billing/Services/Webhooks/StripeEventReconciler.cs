using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stripe;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>
/// Pulls each paying shop's recent events from Stripe's Events API into the inbox, so an event
/// whose deliveries all failed (the app was down, a secret was wrong) is still processed. The
/// inbox ignores events it already has, so overlapping passes and several nodes are harmless.
/// </summary>
internal sealed partial class StripeEventReconciler(
    IServiceScopeFactory scopes,
    ITenantLookup tenants,
    ITenantScopeRunner shops,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<StripeEventReconciler> logger) : BackgroundService
{
    // Each pass looks back past the last one's end: events created in the same second, or
    // committed at Stripe a moment after they were dated, are not missed.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(3);

    private readonly TimeSpan _every = TimeSpan.FromMinutes(configuration.GetValue("Stripe:Reconcile:EveryMinutes", 10.0));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass runs at start: whatever a stopped or crashed node missed is fetched at once.
        using var timer = new PeriodicTimer(_every, clock);
        do
        {
            try
            {
                await ReconcileAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over every shop that has taken payments.</summary>
    internal async Task ReconcileAllAsync(CancellationToken cancellationToken)
    {
        List<Guid> shopIds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
            shopIds = await db.Set<StripeReconcileCursor>().AsNoTracking().Select(c => c.TenantId).ToListAsync(cancellationToken);
        }

        foreach (var shopId in shopIds)
        {
            // Suspended shops still get their refunds and disputes recorded.
            if (await tenants.FindByIdAsync(shopId, cancellationToken) is not { State: TenantState.Active or TenantState.Suspended } shop)
            {
                continue;
            }

            try
            {
                await shops.RunAsync(shop, services => ReconcileAsync(services, cancellationToken));
            }
            catch (Exception ex) when (ex is StripeException or HttpRequestException or Core.Payments.PaymentException)
            {
                // One shop's revoked key or Stripe outage must not stop the others.
                LogShopFailed(logger, ex, shopId);
            }
        }
    }

    /// <summary>Stores the current shop's events since the last pass; returns how many were new.</summary>
    internal static async Task<int> ReconcileAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<WalkingDrumDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var inbox = services.GetRequiredService<StripeInbox>();
        var shop = services.GetRequiredService<ShopStripe>();
        var cursor = await db.Set<StripeReconcileCursor>().FirstOrDefaultAsync(c => c.TenantId == shop.TenantId, cancellationToken);
        if (cursor is null)
        {
            return 0;
        }

        var passStarted = clock.GetUtcNow();
        var since = cursor.ReconciledUntil is { } until
            ? DateTimeOffset.FromUnixTimeSeconds(until) - Overlap
            : passStarted - FirstLookBack;
        var client = await shop.ClientAsync(cancellationToken);
        var options = new EventListOptions { Limit = 100, Created = new DateRangeOptions { GreaterThanOrEqual = since.UtcDateTime } };
        var added = 0;
        await foreach (var stripeEvent in new EventService(client).ListAutoPagingAsync(options, cancellationToken: cancellationToken))
        {
            var payload = stripeEvent.ToJson();
            if (ReceivedEvent.Parse(payload) is { } received && await inbox.StoreAsync(shop.TenantId, received, cancellationToken))
            {
                added++;
            }
        }

        cursor.ReconciledUntil = passStarted.ToUnixTimeSeconds();
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Stripe reconciliation pass failed; the next one tries again.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe events of shop {TenantId} could not be reconciled in this pass.")]
    private static partial void LogShopFailed(ILogger logger, Exception exception, Guid tenantId);
}
