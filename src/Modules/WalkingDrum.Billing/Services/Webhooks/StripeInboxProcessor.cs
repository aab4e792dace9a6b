using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>
/// Works through the inbox: claims due events across shops with a lease (so two nodes never work
/// on one event at once, and a node that dies mid-way only delays it), processes each inside its
/// shop, and retries failures with growing pauses until it gives up and marks the event failed.
/// </summary>
internal sealed partial class StripeInboxProcessor(
    IServiceScopeFactory scopes,
    InboxEventRunner runner,
    InboxSignal signal,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<StripeInboxProcessor> logger) : BackgroundService
{
    private const int BatchSize = 50;

    private readonly string _owner = OwnerName();
    private readonly TimeSpan _poll = TimeSpan.FromSeconds(configuration.GetValue("Stripe:Inbox:PollSeconds", 2.0));

    // Events come in bursts, and every pass costs a query and an update whatever it finds. Gathering
    // for a moment after a wake-up lets one pass take a burst instead of one pass per delivery,
    // which leaves the CPU to the deliveries still waiting for their acknowledgement.
    private readonly TimeSpan _gather = TimeSpan.FromMilliseconds(configuration.GetValue("Stripe:Inbox:GatherMilliseconds", 50.0));

    /// <summary>How long a claim holds; an event still unfinished by then is anyone's again.</summary>
    internal static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await ProcessDueAsync(stoppingToken) < BatchSize)
                {
                    await signal.WaitAsync(_poll, stoppingToken);
                    await Task.Delay(_gather, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database was away; the next poll tries again.
                LogPollFailed(logger, ex);
                await Task.Delay(_poll, clock, stoppingToken);
            }
        }
    }

    /// <summary>Processes what is due now; returns how many events were looked at.</summary>
    internal async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        List<(Guid TenantId, string EventId, string Type)> due;
        HashSet<string> wanted;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
            due = (await db.Set<StripeInboxEvent>().AsNoTracking()
                .Where(e => e.Status == InboxStatus.Pending && e.NextAttemptAtMs <= now && e.LeaseUntilMs < now)
                .OrderBy(e => e.NextAttemptAtMs)
                .Take(BatchSize)
                .Select(e => new { e.TenantId, e.EventId, e.Type })
                .ToListAsync(cancellationToken)).Select(e => (e.TenantId, e.EventId, e.Type)).ToList();
            var handlers = scope.ServiceProvider.GetServices<IStripeEventHandler>().ToList();
            wanted = [.. due.Select(e => e.Type).Distinct().Where(type => handlers.Any(h => h.Handles(type)))];

            // Most of Stripe's events concern nobody here: they are marked done together, without
            // a claim and a transaction each.
            foreach (var shop in due.Where(e => !wanted.Contains(e.Type)).GroupBy(e => e.TenantId))
            {
                var ids = shop.Select(e => e.EventId).ToList();
                await db.Set<StripeInboxEvent>()
                    .Where(e => e.TenantId == shop.Key && ids.Contains(e.EventId) && e.Status == InboxStatus.Pending && e.LeaseUntilMs < now)
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(e => e.Status, InboxStatus.Processed)
                        .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                        .SetProperty(e => e.ProcessedAtMs, now), cancellationToken);
            }
        }

        foreach (var (tenantId, eventId, _) in due.Where(e => wanted.Contains(e.Type)))
        {
            if (await TryClaimAsync(tenantId, eventId, cancellationToken))
            {
                await runner.RunAsync(tenantId, eventId, _owner, cancellationToken);
            }
        }

        return due.Count;
    }

    private async Task<bool> TryClaimAsync(Guid tenantId, string eventId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)Lease.TotalMilliseconds;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        var claimed = await db.Set<StripeInboxEvent>()
            .Where(e => e.TenantId == tenantId && e.EventId == eventId && e.Status == InboxStatus.Pending && e.LeaseUntilMs < now)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.LeaseOwner, _owner).SetProperty(e => e.LeaseUntilMs, until), cancellationToken);
        return claimed == 1;
    }

    // Names this node in the logs and in the lease column, which holds 100 characters.
    private static string OwnerName()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return name.Length <= 100 ? name : name[^100..];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Stripe inbox could not be polled; trying again shortly.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
