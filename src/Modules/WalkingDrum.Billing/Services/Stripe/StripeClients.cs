using Stripe;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>
/// Stripe.net clients for a shop's account: Stripe itself for shops with keys, the sandbox (the
/// very same client, another <c>ApiBase</c>) for the rest. Every client shares the one
/// <see cref="HttpClientName"/> HTTP client, whose pipeline retries and keeps the rate budget.
/// </summary>
public sealed class StripeClients(IHttpClientFactory httpClients, StripeSandboxAddress sandbox)
{
    /// <summary>The named HTTP client configured by <see cref="StripeHttpPipeline"/>.</summary>
    public const string HttpClientName = "stripe";

    public async Task<IStripeClient> ForAsync(StripeAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        // Retries are the pipeline's (it also retries 429, which Stripe.net's own retry does not).
        var http = new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), maxNetworkRetries: 0, enableTelemetry: false);
        var options = new StripeClientOptions { ApiKey = account.SecretKey, HttpClient = http };
        if (account.IsSandbox)
        {
            var apiBase = (await sandbox.GetAsync(cancellationToken)).ToString().TrimEnd('/');
            options.ApiBase = apiBase;
            options.ConnectBase = apiBase;
            options.FilesBase = apiBase;
        }

        return new StripeClient(options);
    }
}
