using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Http;
using WalkingDrum.StripeSandbox;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>
/// Starts the Stripe sandbox inside this process on a loopback port (its state in
/// <c>{AppData}/stripe-sandbox.db</c>), unless <c>Stripe:Sandbox:ApiBase</c> names a sandbox
/// running elsewhere. Shops without Stripe keys pay into it through the very same Stripe.net code.
/// </summary>
internal sealed class EmbeddedStripeSandbox(
    StripeSandboxAddress address,
    IOptions<AppDataOptions> appData,
    IConfiguration configuration,
    TimeProvider clock) : IHostedService, IAsyncDisposable
{
    private StripeSandboxServer? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration["Stripe:Sandbox:ApiBase"] is { Length: > 0 } external)
        {
            address.Set(new Uri(external));
            return;
        }

        try
        {
            var section = configuration.GetSection("Stripe:Sandbox");
            var options = new StripeSandboxOptions
            {
                DataPath = section["DataPath"] is { Length: > 0 } path ? path : Path.Combine(appData.Value.Path, "stripe-sandbox.db"),
                Urls = section["Urls"] is { Length: > 0 } urls ? urls : "http://127.0.0.1:0",
                PublicUrl = section["PublicUrl"] is { Length: > 0 } publicUrl ? new Uri(publicUrl) : null,
                DeliveryCopies = section.GetValue("DeliveryCopies", 1),
                ShuffleDeliveries = section.GetValue("ShuffleDeliveries", false),
            };
            _server = await StripeSandboxServer.StartAsync(options, clock, cancellationToken);
            address.Set(_server.BaseAddress);
        }
        catch (Exception ex)
        {
            address.Fail(ex);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }
}
