using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Endpoints;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>What one delivery pass did.</summary>
internal sealed record DeliveryPass(int Delivered, int Retrying, int Failed);

/// <summary>
/// Posts pending deliveries to their endpoints, signed like Stripe (<c>Stripe-Signature: t=…,v1=…</c>), and
/// reschedules failures on <see cref="StripeSandboxOptions.RetrySchedule"/>. Deliveries live in the
/// database, so a restarted sandbox carries on where it stopped.
/// </summary>
internal sealed class WebhookDispatcher(SandboxStore store, SandboxContext sandbox, HttpClient http, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim wake = new(0);
    // One pass at a time, so the worker and a "deliver now" call never send the same delivery twice.
    private readonly SemaphoreSlim pass = new(1, 1);

    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    /// <summary>Delivers everything due now (of one account, or all), until nothing due is left.</summary>
    public async Task<DeliveryPass> DeliverDueAsync(string? account, CancellationToken cancellationToken)
    {
        await pass.WaitAsync(cancellationToken);
        try
        {
            var total = new DeliveryPass(0, 0, 0);
            while (true)
            {
                var now = sandbox.Clock.GetUtcNow().ToUnixTimeMilliseconds();
                var due = await store.RunAsync(tx => tx.DueDeliveries(now, account, 50)
                    .Select(d => (Delivery: d, Event: tx.Find(d.Account, d.EventId), Endpoint: tx.Find(d.Account, d.EndpointId)))
                    .ToList(), cancellationToken);
                if (due.Count == 0)
                {
                    return total;
                }
                foreach (var (delivery, evt, endpoint) in due)
                {
                    var outcome = await SendAsync(delivery, evt, endpoint, cancellationToken);
                    total = outcome switch
                    {
                        "delivered" => total with { Delivered = total.Delivered + 1 },
                        "pending" => total with { Retrying = total.Retrying + 1 },
                        _ => total with { Failed = total.Failed + 1 },
                    };
                }
            }
        }
        finally
        {
            pass.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(null, stoppingToken);
                await wake.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Webhook delivery pass failed");
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }

    private async Task<string> SendAsync(Delivery delivery, JsonObject? evt, JsonObject? endpoint, CancellationToken cancellationToken)
    {
        int? status = null;
        string? error = null;
        if (evt is null || endpoint is null || (string?)endpoint["status"] != "enabled")
        {
            error = "The webhook endpoint was deleted or disabled.";
        }
        else
        {
            var payload = await store.RunAsync(tx =>
            {
                var shown = Render.Public(evt);
                shown["pending_webhooks"] = tx.PendingDeliveries(delivery.EventId);
                return shown.ToJsonString(StripeJson.Options);
            }, cancellationToken);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, (string)endpoint["url"]!)
                {
                    Content = new StringContent(payload, Encoding.UTF8, "application/json"),
                };
                request.Headers.TryAddWithoutValidation("Stripe-Signature", Sign(payload, (string)endpoint[WebhookEndpointEndpoints.SecretField]!));
                request.Headers.TryAddWithoutValidation("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(sandbox.Options.DeliveryTimeout);
                using var response = await http.SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                error = exception is OperationCanceledException ? "Timed out" : exception.Message;
            }
        }
        var attempts = delivery.Attempts + 1;
        var schedule = sandbox.Options.RetrySchedule;
        var now = sandbox.Clock.GetUtcNow();
        var (state, nextAt) = status is >= 200 and < 300 ? ("delivered", now)
            : evt is not null && endpoint is not null && attempts <= schedule.Count ? ("pending", now + schedule[attempts - 1])
            : ("failed", now);
        await store.RunAsync(tx =>
        {
            tx.UpdateDelivery(delivery.Id, state, attempts, nextAt.ToUnixTimeMilliseconds(), status, error);
            return 0;
        }, CancellationToken.None);
        return state;
    }

    private string Sign(string payload, string secret)
    {
        var timestamp = sandbox.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(signature)}";
    }

    public override void Dispose()
    {
        wake.Dispose();
        pass.Dispose();
        base.Dispose();
    }
}
