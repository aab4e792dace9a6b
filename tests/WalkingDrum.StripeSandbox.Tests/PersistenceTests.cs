using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task A_restarted_sandbox_on_the_same_file_knows_objects_keys_and_pending_deliveries()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sandbox-restart-{Guid.NewGuid():N}.db");
        try
        {
            await RestartAsync(path);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
            {
                System.IO.File.Delete(file);
            }
        }
    }

    private static async Task RestartAsync(string path)
    {
        var clock = new ManualClock();
        var key = SandboxFixture.NewKey();
        var options = SandboxFixture.Options(path);
        options.RetrySchedule = [TimeSpan.FromMinutes(1)];
        string customerId;
        string secret;
        await using (var receiver = await WebhookReceiver.StartAsync(failFirst: 1))
        {
            await using var first = await StripeSandboxServer.StartAsync(options, clock);
            var client = SandboxFixture.ClientFor(first, key);
            secret = (await new WebhookEndpointService(client).CreateAsync(new WebhookEndpointCreateOptions
            {
                Url = receiver.Url, EnabledEvents = ["*"],
            })).Secret;
            customerId = (await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "kept@example.com" },
                new RequestOptions { IdempotencyKey = "restart-1" })).Id;
            await WaitForAttemptsAsync(receiver, 1);
        }

        await using var receiverAgain = await WebhookReceiver.StartAsync();
        await using var second = await StripeSandboxServer.StartAsync(options, clock);
        var again = SandboxFixture.ClientFor(second, key);
        var endpoint = Assert.Single((await new WebhookEndpointService(again).ListAsync()).Data);
        await new WebhookEndpointService(again).UpdateAsync(endpoint.Id, new WebhookEndpointUpdateOptions { Url = receiverAgain.Url });

        Assert.Equal("kept@example.com", (await new CustomerService(again).GetAsync(customerId)).Email);
        var replay = await new CustomerService(again).CreateAsync(new CustomerCreateOptions { Email = "kept@example.com" },
            new RequestOptions { IdempotencyKey = "restart-1" });
        Assert.Equal(customerId, replay.Id);
        clock.Advance(TimeSpan.FromMinutes(2));
        await receiverAgain.WaitForAsync(1);
        var (body, signature) = receiverAgain.Received.First();
        Assert.Equal("customer.created", EventUtility.ConstructEvent(body, signature, secret, 300, clock.UnixSeconds).Type);
    }

    private static async Task WaitForAttemptsAsync(WebhookReceiver receiver, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (receiver.Attempts < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.True(receiver.Attempts >= count);
    }
}
