using Microsoft.Playwright;
using WalkingDrum.Core.Data;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Browser.Tests;

/// <summary>
/// The app served by Kestrel on a loopback port and one headless Debian Chromium driving it.
/// The path of the browser binary can be overridden with <c>WALKINGDRUM_CHROMIUM</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";
    private const float ActionTimeoutMs = 10_000;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly WalkingDrumApp _app = WalkingDrumApp.WithKestrel();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The platform root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app under test, for setting up shops the journey starts from.</summary>
    public WalkingDrumApp App => _app;

    /// <summary>Short provider name used to keep the screenshots of each run apart.</summary>
    public string ProviderName => _app.Database.Provider == DatabaseProvider.PostgreSql ? "postgres" : "sqlite";

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        BaseAddress = _app.StartKestrel();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("WALKINGDRUM_CHROMIUM") ?? DefaultChromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser profile (own cookies) with the given viewport size.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Every page here answers in well under a second; fail fast instead of after Playwright's 30 s.
        context.SetDefaultTimeout(ActionTimeoutMs);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }
}
