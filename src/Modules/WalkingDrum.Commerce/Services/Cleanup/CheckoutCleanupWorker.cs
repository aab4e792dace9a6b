using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Cleanup;

/// <summary>
/// Runs <see cref="CheckoutCleanup"/> in every live shop, a page of shops at a time, every
/// <c>Commerce:Cleanup:EveryHours</c>. Each shop is cleaned in a scope of its own, so on
/// PostgreSQL row-level security confines every statement to that shop. Every node runs it:
/// deleting what is already gone changes nothing, and concurrent batches skip each other's rows.
/// </summary>
internal sealed partial class CheckoutCleanupWorker(
    ITenantLookup tenants,
    ITenantScopeRunner shops,
    TimeProvider clock,
    IOptions<CheckoutCleanupOptions> options,
    ILogger<CheckoutCleanupWorker> logger) : BackgroundService
{
    private const int ShopsPerPage = 200;

    // The first pass waits a little, at random: nodes started together then do not all begin at
    // once, and a node restarted often still gets to clean.
    private static readonly TimeSpan FirstPassWithin = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromHours(options.Value.EveryHours);
        var firstWithin = every < FirstPassWithin ? every : FirstPassWithin;
        try
        {
            await Task.Delay(firstWithin * Random.Shared.NextDouble(), clock, stoppingToken);
            using var timer = new PeriodicTimer(every, clock);
            do
            {
                try
                {
                    await CleanAllAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogPassFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; the next start carries on.
        }
    }

    /// <summary>One pass over every active or suspended shop; returns what it deleted.</summary>
    internal async Task<CleanupCounts> CleanAllAsync(CancellationToken cancellationToken)
    {
        var total = default(CleanupCounts);
        string? after = null;
        IReadOnlyList<TenantInfo> page;
        do
        {
            page = await tenants.ListAsync(after, ShopsPerPage, cancellationToken);
            foreach (var shop in page.Where(s => s.State is TenantState.Active or TenantState.Suspended))
            {
                try
                {
                    total += await shops.RunAsync(shop, services => services.GetRequiredService<CheckoutCleanup>().RunAsync(cancellationToken));
                }
                catch (DbException ex)
                {
                    // One shop's trouble (a lock timeout, a deadlock) must not stop the others.
                    LogShopFailed(logger, ex, shop.Name);
                }
            }

            after = page.Count > 0 ? page[^1].Name : after;
        }
        while (page.Count == ShopsPerPage);

        if (total.Drafts + total.Carts > 0)
        {
            LogCleaned(logger, total.Drafts, total.Carts);
        }

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Drafts} expired checkout drafts and {Carts} abandoned carts.")]
    private static partial void LogCleaned(ILogger logger, int drafts, int carts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkout drafts and carts of shop {Tenant} could not be cleaned in this pass.")]
    private static partial void LogShopFailed(ILogger logger, Exception exception, string tenant);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A cleanup pass over checkout drafts and carts failed; the next one tries again.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
