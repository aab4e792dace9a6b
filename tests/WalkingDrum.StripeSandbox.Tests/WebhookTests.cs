using System.Net.Http.Json;
using System.Text.Json;
using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class WebhookTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Webhook_endpoints_show_their_secret_only_when_created()
    {
        var service = new WebhookEndpointService(sandbox.Client());

        var created = await service.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = "https://shop.example/stripe/webhook", EnabledEvents = ["checkout.session.completed"],
        });
        var updated = await service.UpdateAsync(created.Id, new WebhookEndpointUpdateOptions { EnabledEvents = ["*"] });
        var retrieved = await service.GetAsync(created.Id);
        var listed = await service.ListAsync();
        var deleted = await service.DeleteAsync(created.Id);

        Assert.StartsWith("we_", created.Id);
        Assert.StartsWith("whsec_", created.Secret);
        Assert.Null(retrieved.Secret);
        Assert.Equal("https://shop.example/stripe/webhook", retrieved.Url);
        Assert.Null(updated.Secret);
        Assert.Equal(new[] { "*" }, updated.EnabledEvents);
        Assert.Null(Assert.Single(listed.Data).Secret);
        Assert.True(deleted.Deleted);
        await Assert.ThrowsAsync<StripeException>(() => service.GetAsync(created.Id));
    }

    [Fact]
    public async Task Events_are_delivered_signed_so_ConstructEvent_accepts_them()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var client = sandbox.Client();
        var endpoint = await new WebhookEndpointService(client).CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = receiver.Url, EnabledEvents = ["customer.created"],
        });

        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "hook@example.com" });
        await new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions { Amount = 100, Currency = "usd" });

        await receiver.WaitForAsync(1);
        var (body, signature) = Assert.Single(receiver.Received);
        var evt = EventUtility.ConstructEvent(body, signature, endpoint.Secret, 300, sandbox.Clock.UnixSeconds);
        Assert.Equal("customer.created", evt.Type);
        Assert.Equal(customer.Id, ((Customer)evt.Data.Object).Id);
        Assert.Throws<StripeException>(() => EventUtility.ConstructEvent(body, signature, "whsec_wrong", 300, sandbox.Clock.UnixSeconds));
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_on_the_schedule()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        var client = sandbox.Client();
        var key = client.ApiKey;
        await new WebhookEndpointService(client).CreateAsync(new WebhookEndpointCreateOptions { Url = receiver.Url, EnabledEvents = ["*"] });
        await new CustomerService(client).CreateAsync(new CustomerCreateOptions());
        using var http = sandbox.Raw(key);

        await DeliverNowAsync(http);
        var waiting = await DeliveriesAsync(http);
        Assert.Equal("pending", waiting[0].GetProperty("state").GetString());
        Assert.Equal(500, waiting[0].GetProperty("last_status").GetInt32());
        Assert.Equal(1, receiver.Attempts);
        await DeliverNowAsync(http);
        Assert.Equal(1, receiver.Attempts);

        sandbox.Clock.Advance(TimeSpan.FromSeconds(11));
        await DeliverNowAsync(http);

        Assert.Single(receiver.Received);
        Assert.Equal("delivered", (await DeliveriesAsync(http))[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Each_event_is_delivered_the_configured_number_of_copies_in_shuffled_order()
    {
        var options = SandboxFixture.Options(sandbox.NewDataPath());
        options.DeliveryCopies = 3;
        options.ShuffleDeliveries = true;
        await using var server = await StripeSandboxServer.StartAsync(options, sandbox.Clock);
        // Every first attempt fails, so all retries fall due together and go out in one shuffled pass.
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 30);
        var client = SandboxFixture.ClientFor(server, SandboxFixture.NewKey());
        var endpoint = await new WebhookEndpointService(client).CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = receiver.Url, EnabledEvents = ["customer.created"],
        });
        var created = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            created.Add((await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Name = $"c{i}" })).Id);
        }
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", client.ApiKey);
        while (receiver.Attempts < 30)
        {
            await DeliverNowAsync(http);
        }

        sandbox.Clock.Advance(TimeSpan.FromSeconds(11));
        await DeliverNowAsync(http);

        await receiver.WaitForAsync(30);
        var events = receiver.Received.Select(r => EventUtility.ConstructEvent(r.Body, r.Signature, endpoint.Secret, 300, sandbox.Clock.UnixSeconds)).ToList();
        Assert.All(events.GroupBy(e => e.Id), g => Assert.Equal(3, g.Count()));
        var customers = events.Select(e => ((Customer)e.Data.Object).Id).ToList();
        Assert.Equal(created.Order(), customers.Distinct().Order());
        Assert.NotEqual(created.SelectMany(id => Enumerable.Repeat(id, 3)), customers);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_gets_the_event_again()
    {
        var options = SandboxFixture.Options(sandbox.NewDataPath());
        // Long enough that the second, answered delivery never times out on a busy machine.
        options.DeliveryTimeout = TimeSpan.FromSeconds(2);
        options.RetrySchedule = [TimeSpan.FromSeconds(5)];
        await using var server = await StripeSandboxServer.StartAsync(options, sandbox.Clock);
        await using var receiver = await WebhookReceiver.StartAsync(stallFirst: 1);
        var client = SandboxFixture.ClientFor(server, SandboxFixture.NewKey());
        await new WebhookEndpointService(client).CreateAsync(new WebhookEndpointCreateOptions { Url = receiver.Url, EnabledEvents = ["*"] });
        await new CustomerService(client).CreateAsync(new CustomerCreateOptions());
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", client.ApiKey);

        await DeliverNowAsync(http);
        var timedOut = Assert.Single(await DeliveriesAsync(http));
        sandbox.Clock.Advance(TimeSpan.FromSeconds(6));
        await DeliverNowAsync(http);

        Assert.Equal("Timed out", timedOut.GetProperty("last_error").GetString());
        Assert.Single(receiver.Received);
        Assert.Equal(2, receiver.Attempts);
    }

    private static async Task DeliverNowAsync(HttpClient http) =>
        (await http.PostAsync("/_sandbox/deliveries/deliver", null)).EnsureSuccessStatusCode();

    private static async Task<List<JsonElement>> DeliveriesAsync(HttpClient http)
    {
        var list = await http.GetFromJsonAsync<JsonElement>("/_sandbox/deliveries");
        return [.. list.GetProperty("data").EnumerateArray()];
    }
}
