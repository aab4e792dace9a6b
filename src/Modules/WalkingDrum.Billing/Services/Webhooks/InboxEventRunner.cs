using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stripe;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>
/// Processes one claimed inbox event inside its shop: every interested handler and the event's
/// "processed" mark commit in one transaction, or none of it does and the event is retried.
/// </summary>
internal sealed partial class InboxEventRunner(
    IServiceScopeFactory scopes,
    ITenantLookup tenants,
    ITenantScopeRunner shops,
    StripeAccounts accounts,
    TimeProvider clock,
    ILogger<InboxEventRunner> logger)
{
    /// <summary>Pauses before each retry; after the last one the event is marked failed.</summary>
    internal static readonly TimeSpan[] RetryPauses =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6),
    ];

    public async Task RunAsync(Guid tenantId, string eventId, string owner, CancellationToken cancellationToken)
    {
        try
        {
            var shop = await tenants.FindByIdAsync(tenantId, cancellationToken)
                ?? throw new InvalidOperationException($"Shop {tenantId} no longer exists.");
            await shops.RunAsync(shop, services => ProcessAsync(services, tenantId, eventId, owner, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, eventId, tenantId);
            await ScheduleRetryAsync(tenantId, eventId, owner, ex, cancellationToken);
        }
    }

    private async Task ProcessAsync(IServiceProvider services, Guid tenantId, string eventId, string owner, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<WalkingDrumDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Set<StripeInboxEvent>()
            .FirstOrDefaultAsync(e => e.TenantId == tenantId && e.EventId == eventId, cancellationToken);
        if (row is null || row.Status != InboxStatus.Pending || row.LeaseOwner != owner)
        {
            // Finished or taken over by another node after our lease ran out.
            return;
        }

        var stripeEvent = EventUtility.ParseEvent(row.Payload, throwOnApiVersionMismatch: false);
        var isTest = !stripeEvent.Livemode || (await accounts.GetAsync(db, tenantId, cancellationToken)).IsTest;
        foreach (var handler in services.GetServices<IStripeEventHandler>().Where(h => h.Handles(stripeEvent.Type)))
        {
            await handler.HandleAsync(stripeEvent, isTest, cancellationToken);
        }

        row.Status = InboxStatus.Processed;
        row.Attempts++;
        row.ProcessedAtMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        row.LeaseOwner = null;
        row.LeaseUntilMs = 0;
        row.LastError = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ScheduleRetryAsync(Guid tenantId, string eventId, string owner, Exception error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        var row = await db.Set<StripeInboxEvent>()
            .FirstOrDefaultAsync(e => e.TenantId == tenantId && e.EventId == eventId && e.LeaseOwner == owner, cancellationToken);
        if (row is null)
        {
            return;
        }

        row.Attempts++;
        row.LeaseOwner = null;
        row.LeaseUntilMs = 0;
        var message = $"{error.GetType().Name}: {error.Message}";
        row.LastError = message.Length <= 2000 ? message : message[..2000];
        if (row.Attempts > RetryPauses.Length)
        {
            row.Status = InboxStatus.Failed;
        }
        else
        {
            row.NextAttemptAtMs = clock.GetUtcNow().Add(RetryPauses[row.Attempts - 1]).ToUnixTimeMilliseconds();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} of shop {TenantId} failed and will be retried.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string eventId, Guid tenantId);
}
