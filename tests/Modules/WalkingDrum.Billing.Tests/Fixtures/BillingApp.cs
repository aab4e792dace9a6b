using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Services.Webhooks;
using WalkingDrum.Core.Payments;
using WalkingDrum.Testing;

namespace WalkingDrum.Billing.Tests.Fixtures;

/// <summary>The real app, plus handlers that record what the inbox hands them.</summary>
public class BillingApp : WalkingDrumApp
{
    // The inbox is polled often, so tests that schedule a retry "now" need not wait for it.
    public BillingApp()
        : this(kestrel: false)
    {
    }

    protected BillingApp(bool kestrel)
        : base(new Dictionary<string, string?>
        {
            ["Stripe:Inbox:PollSeconds"] = "0.2",
            // Every sandbox event arrives three times, shuffled: handlers must see each once.
            ["Stripe:Sandbox:DeliveryCopies"] = "3",
            ["Stripe:Sandbox:ShuffleDeliveries"] = "true",
        }, kestrel)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<HandlerLog>();
            services.AddScoped<ICheckoutCompletionHandler, RecordingCompletionHandler>();
            services.AddScoped<IRefundReportHandler, RecordingRefundReportHandler>();
            services.AddScoped<IStripeEventHandler, ProbeEventHandler>();
        });
    }
}

/// <summary>
/// The billing app served by Kestrel, so the sandbox can deliver webhooks to it over real HTTP
/// and Stripe.net reaches the sandbox over real HTTP too.
/// </summary>
public sealed class KestrelBillingApp : BillingApp
{
    public KestrelBillingApp()
        : base(kestrel: true)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }
}
