using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>
/// The HTTP pipeline every Stripe request goes through: retries with exponential backoff and
/// jitter on 429, 408, 5xx and network failures (POSTs too: every write carries an idempotency
/// key, so a retry can never charge twice), each attempt inside the account's rate budget.
/// </summary>
public static class StripeHttpPipeline
{
    public static IServiceCollection AddStripeHttpClient(this IServiceCollection services)
    {
        services.AddSingleton<StripeRateBudget>();
        services.AddHttpClient(StripeClients.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(90))
            .AddResilienceHandler("stripe", (pipeline, context) =>
            {
                var budget = context.ServiceProvider.GetRequiredService<StripeRateBudget>();
                pipeline
                    .AddTimeout(TimeSpan.FromSeconds(80))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = 4,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(500),
                        MaxDelay = TimeSpan.FromSeconds(10),
                        ShouldRetryAfterHeader = true,
                    })
                    .AddRateLimiter(new RateLimiterStrategyOptions
                    {
                        RateLimiter = args => budget.AcquireAsync(ApiKeyOf(args.Context.GetRequestMessage()), args.Context.CancellationToken),
                    })
                    .AddTimeout(TimeSpan.FromSeconds(30));
            });
        return services;
    }

    private static string ApiKeyOf(HttpRequestMessage? request) =>
        request?.Headers.Authorization is AuthenticationHeaderValue { Parameter: { } key } ? key : "";
}
