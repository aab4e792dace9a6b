using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

/// <summary>A tiny Kestrel endpoint that records webhook posts and can fail (500) or stall the first ones.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int failuresLeft;
    private int stallsLeft;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string Body, string Signature)> Received { get; } = new();

    private int attempts;

    /// <summary>Every post, failed or not.</summary>
    public int Attempts => Volatile.Read(ref attempts);

    public string Url => app.Urls.First() + "/hook";

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0, int stallFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app) { failuresLeft = failFirst, stallsLeft = stallFirst };
        app.MapPost("/hook", async (HttpContext http) =>
        {
            Interlocked.Increment(ref receiver.attempts);
            if (Interlocked.Decrement(ref receiver.failuresLeft) >= 0)
            {
                return Results.StatusCode(500);
            }
            if (Interlocked.Decrement(ref receiver.stallsLeft) >= 0)
            {
                // Longer than the delivery timeout the stalling test sets; the sandbox hanging up ends it sooner.
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The sandbox hung up, as it should.
                }
                return Results.Ok();
            }
            using var reader = new StreamReader(http.Request.Body);
            receiver.Received.Enqueue((await reader.ReadToEndAsync(), http.Request.Headers["Stripe-Signature"].ToString()));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until <paramref name="count"/> posts arrived; the worker delivers within moments.</summary>
    public async Task WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.True(Received.Count >= count, $"Expected {count} webhook posts, got {Received.Count}.");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
