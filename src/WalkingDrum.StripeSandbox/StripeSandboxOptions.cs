namespace WalkingDrum.StripeSandbox;

/// <summary>Settings of an embedded Stripe-compatible sandbox.</summary>
public sealed class StripeSandboxOptions
{
    /// <summary>The API version Stripe.net 53.1.0 pins; events carry it so the SDK accepts them.</summary>
    public const string DefaultApiVersion = "2026-10-28.endive";

    /// <summary>Path of the SQLite file that holds every account's objects, events and deliveries. Required.</summary>
    public string DataPath { get; set; } = "";

    /// <summary>Address Kestrel listens on; port 0 picks a free loopback port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Base address of hosted pages (checkout, authentication) when it differs from the listening address.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>How many times each event is delivered to each endpoint (more than one tests duplicate handling).</summary>
    public int DeliveryCopies { get; set; } = 1;

    /// <summary>Delivers due events in random order instead of creation order (tests order independence).</summary>
    public bool ShuffleDeliveries { get; set; }

    /// <summary>Delays before each retry of a failed delivery; a delivery fails for good after the last one.</summary>
    public IList<TimeSpan> RetrySchedule { get; set; } =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10),
        TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(24),
    ];

    /// <summary>How long the sandbox waits for a webhook receiver before counting the attempt as failed.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The <c>api_version</c> of events and webhook endpoints.</summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;
}
