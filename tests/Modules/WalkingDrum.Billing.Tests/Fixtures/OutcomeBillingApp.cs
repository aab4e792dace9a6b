using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Payments;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Billing.Tests.Fixtures;

/// <summary>The billing app on Kestrel (so sandbox events arrive over HTTP) with a handler recording payment outcomes.</summary>
public sealed class OutcomeBillingApp : BillingApp
{
    public OutcomeBillingApp()
        : base(kestrel: true)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<OutcomeLog>();
            services.AddScoped<IPaymentOutcomeHandler, RecordingOutcomeHandler>();
        });
    }
}

/// <summary>The payment outcomes each shop was told of, in order.</summary>
public sealed class OutcomeLog
{
    private readonly ConcurrentQueue<(Guid TenantId, PaymentOutcome Outcome)> _outcomes = new();

    public void Add(Guid tenantId, PaymentOutcome outcome) => _outcomes.Enqueue((tenantId, outcome));

    public IReadOnlyList<PaymentOutcome> Of(Guid tenantId, string paymentId) =>
        [.. _outcomes.Where(o => o.TenantId == tenantId && o.Outcome.PaymentId == paymentId).Select(o => o.Outcome)];

    /// <summary>Waits (up to 15 s) for a report of the payment that <paramref name="match"/> accepts.</summary>
    public async Task<PaymentOutcome> WaitForAsync(Guid tenantId, string paymentId, Func<PaymentOutcome, bool> match)
    {
        for (var i = 0; i < 300; i++)
        {
            if (Of(tenantId, paymentId).FirstOrDefault(match) is { } outcome)
            {
                return outcome;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No matching outcome of {paymentId} reached the shop.");
    }
}

internal sealed class RecordingOutcomeHandler(OutcomeLog log, ITenantContext tenant) : IPaymentOutcomeHandler
{
    public Task HandleAsync(PaymentOutcome outcome, CancellationToken cancellationToken)
    {
        log.Add(tenant.TenantId, outcome);
        return Task.CompletedTask;
    }
}
