using System.Net;
using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class IdempotencyTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task The_same_key_and_request_replays_the_stored_response()
    {
        var client = sandbox.Client();
        var options = new PaymentIntentCreateOptions { Amount = 2000, Currency = "usd", PaymentMethod = "pm_card_visa", Confirm = true };
        var request = new RequestOptions { IdempotencyKey = "renewal-sub_1-2026-12" };

        var first = await new PaymentIntentService(client).CreateAsync(options, request);
        var second = await new PaymentIntentService(client).CreateAsync(options, request);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("succeeded", second.Status);
        var all = await new PaymentIntentService(client).ListAsync();
        Assert.Single(all.Data);
        var charges = (await new EventService(client).ListAsync(new EventListOptions { Type = "charge.succeeded" })).Data;
        Assert.Single(charges);
    }

    [Fact]
    public async Task A_replayed_response_is_marked_and_a_different_request_with_the_key_is_refused()
    {
        using var http = sandbox.Raw(SandboxFixture.NewKey());
        async Task<HttpResponseMessage> PostAsync(string email)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/v1/customers")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email }),
            };
            message.Headers.Add("Idempotency-Key", "signup-7");
            return await http.SendAsync(message);
        }

        using var first = await PostAsync("a@example.com");
        using var replay = await PostAsync("a@example.com");
        using var mismatch = await PostAsync("b@example.com");

        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("\"idempotency_error\"", await mismatch.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_declined_payment_is_replayed_as_the_same_decline_without_charging_again()
    {
        var client = sandbox.Client();
        var options = new PaymentIntentCreateOptions
        {
            Amount = 900, Currency = "usd", PaymentMethod = "pm_card_chargeDeclined", Confirm = true,
        };
        var request = new RequestOptions { IdempotencyKey = "declined-once" };

        var first = await Assert.ThrowsAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(options, request));
        var again = await Assert.ThrowsAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(options, request));

        Assert.Equal(first.StripeError.PaymentIntent.Id, again.StripeError.PaymentIntent.Id);
        Assert.Single((await new PaymentIntentService(client).ListAsync()).Data);
    }
}
