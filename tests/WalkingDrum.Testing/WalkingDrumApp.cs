using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Endpoints;
using WalkingDrum.Tenants.Models;
using WalkingDrum.Tenants.Services;
using Xunit;

namespace WalkingDrum.Testing;

/// <summary>
/// The real host on the provider the run was asked for, with its own database and App_Data.
/// Tests open a fresh shop from the test recipe for each scenario with <see cref="CreateShopAsync"/>.
/// </summary>
public class WalkingDrumApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OperatorEmail = "operator@walkingdrum.test";
    public const string OperatorPassword = "Operator-Passw0rd";
    public const string OwnerPassword = "Owner-Passw0rd";

    private readonly Dictionary<string, string?> _overrides;
    private readonly bool _kestrel;
    private readonly TestDatabase? _givenDatabase;
    private TestDatabase? _database;

    public WalkingDrumApp() : this(new Dictionary<string, string?>())
    {
    }

    // xunit fixtures may have only one public constructor, hence the factory below.
    private WalkingDrumApp(bool kestrel) : this(new Dictionary<string, string?>(), kestrel)
    {
    }

    /// <summary>An app with extra settings; with <paramref name="kestrel"/> it serves over real HTTP.</summary>
    protected WalkingDrumApp(Dictionary<string, string?> overrides, bool kestrel = false)
    {
        _overrides = overrides;
        if (kestrel)
        {
            UseKestrel(ListenOnLoopback);
            _kestrel = true;
        }
    }

    /// <summary>
    /// An app on a database the caller created and disposes: a second node beside another app
    /// (see <see cref="TestDatabase.ForAnotherNode"/>), or the same node started again after the
    /// first app was disposed.
    /// </summary>
    protected WalkingDrumApp(TestDatabase database, Dictionary<string, string?> overrides)
        : this(overrides)
    {
        _givenDatabase = database;
    }

    /// <summary>
    /// An app that serves over real HTTP (see <see cref="StartKestrel"/>). The server must be chosen
    /// before the host starts, and <see cref="InitializeAsync"/> starts it.
    /// </summary>
    public static WalkingDrumApp WithKestrel() => new(kestrel: true);

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>Root address of a Kestrel-hosted app (see <see cref="StartKestrel"/>).</summary>
    public Uri? KestrelAddress { get; private set; }

    public virtual async Task InitializeAsync()
    {
        _database = _givenDatabase ?? await TestDatabase.CreateAsync();
        _ = Services; // starts the host, which migrates the database
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null && _givenDatabase is null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Serves over real HTTP on a free loopback port (for the browser).</summary>
    public Uri StartKestrel()
    {
        if (!_kestrel)
        {
            UseKestrel(ListenOnLoopback);
        }

        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        KestrelAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return KestrelAddress;
    }

    private static void ListenOnLoopback(KestrelServerOptions options) => options.Listen(IPAddress.Loopback, 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = Database.Settings();
        settings["Platform:OperatorEmail"] = OperatorEmail;
        settings["Platform:OperatorPassword"] = OperatorPassword;
        settings["RateLimiting:AuthPermitsPerMinute"] = "100000";
        settings["Logging:LogLevel:Default"] = "Warning";
        foreach (var (key, value) in _overrides)
        {
            settings[key] = value;
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        // Tests sign up and sign in thousands of times; Identity's full-strength hashing (100,000
        // PBKDF2 rounds, tens of milliseconds of CPU each) would tell them nothing more. Hashes
        // record their own round count, so verification works the same; production keeps the default.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    /// <summary>Opens a shop through the public signup API from the test recipe.</summary>
    public virtual async Task<TestShop> CreateShopAsync(string? name = null, string recipe = "test")
    {
        name ??= "shop-" + Guid.NewGuid().ToString("N")[..12];
        var ownerEmail = $"owner@{name}.example.com";
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/signup", new
        {
            storeName = "Store " + name,
            subdomain = name,
            email = ownerEmail,
            password = OwnerPassword,
            recipe,
        });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Signup of {name} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var body = (await response.Content.ReadFromJsonAsync<SignupResponse>())!;
        var lookup = Services.GetRequiredService<ITenantLookup>();
        var info = (await lookup.FindByNameAsync(name))!;
        return new TestShop(this, info, ownerEmail, body);
    }

    /// <summary>Opens a shop through the provisioning service itself, bypassing HTTP (and its rate limit).</summary>
    public async Task<TestShop> CreateShopDirectlyAsync(string? name = null, string recipe = "test")
    {
        name ??= "shop-" + Guid.NewGuid().ToString("N")[..12];
        var ownerEmail = $"owner@{name}.example.com";
        var result = await Services.GetRequiredService<TenantProvisioner>()
            .ProvisionAsync(new SignupRequest("Store " + name, name, ownerEmail, OwnerPassword, recipe), CancellationToken.None);
        var created = Assert.IsType<ProvisioningResult.Created>(result);
        var storefront = $"http://localhost/s/{name}/";
        return new TestShop(this, created.Tenant, ownerEmail, new SignupResponse(name, storefront, storefront + "admin", ""));
    }

    /// <summary>Runs <paramref name="work"/> on the DbContext of <paramref name="tenant"/>'s own scope.</summary>
    public Task<T> InShopAsync<T>(TenantInfo tenant, Func<WalkingDrumDbContext, Task<T>> work) =>
        Services.GetRequiredService<ITenantScopeRunner>()
            .RunAsync(tenant, services => work(services.GetRequiredService<WalkingDrumDbContext>()));

    /// <summary>A client at a shop's path-form address (<c>/s/{name}/</c>), with its own cookies.</summary>
    public HttpClient ClientForShop(string name, bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://localhost/s/{name}/"),
            AllowAutoRedirect = followRedirects,
        });

    /// <summary>A client at a shop's host-name address (<c>{name}.localhost</c>).</summary>
    public HttpClient ClientForShopHost(string name, bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{name}.localhost/"),
            AllowAutoRedirect = followRedirects,
        });

    /// <summary>A client at the platform host.</summary>
    public HttpClient ClientForPlatform(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://localhost/"),
            AllowAutoRedirect = followRedirects,
        });
}
