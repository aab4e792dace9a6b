using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>
/// The app served by Kestrel, so the sandbox delivers its webhooks over real HTTP: every event
/// three times, shuffled, as the exactly-once tests need.
/// </summary>
public sealed class KestrelCheckoutApp : WalkingDrumApp
{
    public KestrelCheckoutApp()
        : base(Settings, kestrel: true)
    {
    }

    /// <summary>Fast inbox polling and shuffled triple deliveries.</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Stripe:Inbox:PollSeconds"] = "0.2",
        ["Stripe:Sandbox:DeliveryCopies"] = "3",
        ["Stripe:Sandbox:ShuffleDeliveries"] = "true",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }
}

/// <summary>Checkout tests whose webhooks must reach the app.</summary>
[CollectionDefinition(Name)]
public sealed class KestrelCheckoutCollection : ICollectionFixture<KestrelCheckoutApp>
{
    public const string Name = "kestrel-checkout";
}

/// <summary>An app started on another app's database and App_Data: the same deployment after a restart.</summary>
public sealed class RestartedApp : WalkingDrumApp
{
    public RestartedApp(TestDatabase database, Dictionary<string, string?> settings)
        : base(database, settings)
    {
    }
}
