using System.Collections.Concurrent;
using Stripe;
using WalkingDrum.Billing.Services.Webhooks;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Payments;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Billing.Tests.Fixtures;

/// <summary>What the handlers saw, per shop, in the order they saw it.</summary>
public sealed class HandlerLog
{
    public ConcurrentQueue<(Guid TenantId, CheckoutCompletion Completion)> Completions { get; } = new();

    public ConcurrentQueue<(Guid TenantId, string EventId)> Probes { get; } = new();

    public ConcurrentQueue<(Guid TenantId, RefundReport Report)> Reports { get; } = new();

    /// <summary>Event ids whose probe handler should fail this many more times.</summary>
    public ConcurrentDictionary<string, int> FailuresLeft { get; } = new();

    public IReadOnlyList<CheckoutCompletion> CompletionsOf(Guid tenantId) =>
        [.. Completions.Where(c => c.TenantId == tenantId).Select(c => c.Completion)];

    public IReadOnlyList<string> ProbesOf(Guid tenantId) =>
        [.. Probes.Where(p => p.TenantId == tenantId).Select(p => p.EventId)];

    /// <summary>Waits (up to 15 s) for the shop's completion of <paramref name="sessionId"/>.</summary>
    public async Task<CheckoutCompletion> WaitForCompletionAsync(Guid tenantId, string sessionId)
    {
        for (var i = 0; i < 300; i++)
        {
            if (CompletionsOf(tenantId).FirstOrDefault(c => c.SessionId == sessionId) is { } completion)
            {
                return completion;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No completion of {sessionId} reached the shop.");
    }

    /// <summary>Waits (up to 15 s) for a refund report of the shop that <paramref name="match"/> accepts.</summary>
    public async Task<RefundReport> WaitForReportAsync(Guid tenantId, Func<RefundReport, bool> match)
    {
        for (var i = 0; i < 300; i++)
        {
            if (Reports.Where(r => r.TenantId == tenantId).Select(r => r.Report).FirstOrDefault(match) is { } report)
            {
                return report;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("No matching refund report reached the shop.");
    }
}

internal sealed class RecordingCompletionHandler(HandlerLog log, ITenantContext tenant) : ICheckoutCompletionHandler
{
    public Task HandleAsync(CheckoutCompletion completion, CancellationToken cancellationToken)
    {
        log.Completions.Enqueue((tenant.TenantId, completion));
        return Task.CompletedTask;
    }
}

internal sealed class RecordingRefundReportHandler(HandlerLog log, ITenantContext tenant) : IRefundReportHandler
{
    public Task HandleAsync(RefundReport report, CancellationToken cancellationToken)
    {
        log.Reports.Enqueue((tenant.TenantId, report));
        return Task.CompletedTask;
    }
}

/// <summary>
/// Handles <c>test.probe</c> events: writes a marker row through the shared DbContext (to prove a
/// failure rolls it back), then fails as often as the test asked.
/// </summary>
internal sealed class ProbeEventHandler(HandlerLog log, ITenantContext tenant, WalkingDrumDbContext db) : IStripeEventHandler
{
    public const string EventType = "test.probe";

    public bool Handles(string eventType) => eventType == EventType;

    public async Task HandleAsync(Event stripeEvent, bool isTest, CancellationToken cancellationToken)
    {
        db.Add(new Core.Identity.ShopUser
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.TenantId,
            UserName = $"probe-{stripeEvent.Id}",
            NormalizedUserName = $"PROBE-{stripeEvent.Id}".ToUpperInvariant(),
            Email = $"{stripeEvent.Id}@probe.test",
            NormalizedEmail = $"{stripeEvent.Id}@PROBE.TEST".ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (log.FailuresLeft.TryGetValue(stripeEvent.Id, out var left) && left > 0)
        {
            log.FailuresLeft[stripeEvent.Id] = left - 1;
            throw new InvalidOperationException("The probe was asked to fail.");
        }

        log.Probes.Enqueue((tenant.TenantId, stripeEvent.Id));
    }
}
