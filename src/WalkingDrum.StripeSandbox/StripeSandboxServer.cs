using WalkingDrum.StripeSandbox.Endpoints;
using WalkingDrum.StripeSandbox.Models;
using WalkingDrum.StripeSandbox.Pages;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox;

/// <summary>
/// A running Stripe-compatible sandbox: the Stripe API subset Walking-Drum uses, hosted checkout and
/// authentication pages, and signed webhook delivery, over HTTP on its own Kestrel listener.
/// </summary>
public sealed class StripeSandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StripeSandboxServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>API base (for <c>StripeClientOptions.ApiBase</c>) and host of the hosted pages.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Opens (or creates) the data file and starts listening on <see cref="StripeSandboxOptions.Urls"/>.</summary>
    /// <param name="options">Where data lives and how webhooks are delivered.</param>
    /// <param name="clock">Source of every timestamp and due time; tests pass a clock they move.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<StripeSandboxServer> StartAsync(StripeSandboxOptions options, TimeProvider? clock = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DataPath))
        {
            throw new ArgumentException("StripeSandboxOptions.DataPath is required.", nameof(options));
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StripeSandboxServer).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        // In-process the host's appsettings and ASPNETCORE_ variables are visible too; the sandbox takes only its options.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        AddServices(builder.Services, options, clock ?? TimeProvider.System);
        var app = builder.Build();
        MapEndpoints(app);
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Urls.First());
        app.Services.GetRequiredService<SandboxContext>().PublicBase = options.PublicUrl ?? address;
        return new StripeSandboxServer(app, address);
    }

    internal Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    /// <summary>Stops listening and delivering, and closes the data file.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static void AddServices(IServiceCollection services, StripeSandboxOptions options, TimeProvider clock)
    {
        services.AddSingleton(options);
        services.AddSingleton(clock);
        services.AddSingleton<SandboxContext>();
        services.AddSingleton(_ => new SandboxStore(options.DataPath));
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<SandboxApi>();
        services.AddSingleton<HostedPages>();
        services.AddSingleton(_ => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
    }

    private static void MapEndpoints(WebApplication app)
    {
        // Before routing, so the middleware's path clean-up is what routes match.
        app.UseMiddleware<SandboxMiddleware>();
        app.UseRouting();
        app.MapCustomerEndpoints();
        app.MapCheckoutSessionEndpoints();
        app.MapPaymentIntentEndpoints();
        app.MapPaymentMethodEndpoints();
        app.MapSetupIntentEndpoints();
        app.MapRefundEndpoints();
        app.MapEventEndpoints();
        app.MapWebhookEndpointEndpoints();
        app.MapSandboxControlEndpoints();
        app.MapCheckoutPageEndpoints();
        app.MapAuthenticationPageEndpoints();
        app.MapFallback("/v1/{**path}", (HttpContext http) => SandboxApi.Json(404, StripeErrors.Body("invalid_request_error",
            $"Unrecognized request URL ({http.Request.Method}: {http.Request.Path}).").ToJsonString(StripeJson.Options)));
    }
}
