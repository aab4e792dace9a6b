using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

/// <summary>One sandbox over real HTTP on a loopback port with a temporary SQLite file, shared by a test class.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "stripe-sandbox-tests", Guid.NewGuid().ToString("N"));

    public ManualClock Clock { get; } = new();

    public StripeSandboxServer Server { get; private set; } = null!;

    /// <summary>A browser-like client for the hosted pages; redirects are left for tests to inspect.</summary>
    public HttpClient Browser { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public string DataPath => Path.Combine(directory, "sandbox.db");

    /// <summary>A file for a second sandbox a test starts itself; removed with the fixture's folder.</summary>
    public string NewDataPath() => Path.Combine(directory, $"{Guid.NewGuid():N}.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        Server = await StripeSandboxServer.StartAsync(Options(DataPath), Clock);
    }

    public async Task DisposeAsync()
    {
        Browser.Dispose();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing on a slow machine is left for the OS to clean up.
        }
    }

    public static StripeSandboxOptions Options(string dataPath) => new() { DataPath = dataPath };

    /// <summary>A fresh account: every new secret key is its own sandbox account.</summary>
    public static string NewKey() => "sk_test_" + Guid.NewGuid().ToString("N");

    public StripeClient Client(string? key = null) => ClientFor(Server, key ?? NewKey());

    public static StripeClient ClientFor(StripeSandboxServer server, string key) => new(new StripeClientOptions
    {
        ApiKey = key,
        ApiBase = server.BaseAddress.ToString(),
        HttpClient = new SystemNetHttpClient(maxNetworkRetries: 0, enableTelemetry: false),
    });

    /// <summary>Raw API access for what Stripe.net does not expose (response headers, test controls).</summary>
    public HttpClient Raw(string key)
    {
        var http = new HttpClient { BaseAddress = Server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return http;
    }
}
