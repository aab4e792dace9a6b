using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>
/// Keeps each Stripe account's request rate below Stripe's own limits (100 requests/s live,
/// 25/s in test mode), so a busy shop waits briefly here instead of collecting 429s. Each API key
/// gets its own token bucket; requests beyond the budget queue rather than fail. The sandbox has
/// no limit unless <c>Stripe:RateBudget:SandboxPerSecond</c> sets one.
/// </summary>
public sealed class StripeRateBudget : IDisposable
{
    private const string SandboxKeyPrefix = "sk_test_wd_";

    private readonly PartitionedRateLimiter<string> _limiter;

    public StripeRateBudget(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var live = configuration.GetValue("Stripe:RateBudget:LivePerSecond", 80);
        var test = configuration.GetValue("Stripe:RateBudget:TestPerSecond", 20);
        var sandbox = configuration.GetValue("Stripe:RateBudget:SandboxPerSecond", 0);
        _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        {
            var perSecond = key.StartsWith(SandboxKeyPrefix, StringComparison.Ordinal) ? sandbox
                : key.Contains("_live_", StringComparison.Ordinal) ? live
                : test;
            return perSecond <= 0
                ? RateLimitPartition.GetNoLimiter(key)
                : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perSecond,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 10_000,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                });
        });
    }

    /// <summary>Waits for a permit to call Stripe with <paramref name="apiKey"/>.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string apiKey, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(apiKey, 1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
