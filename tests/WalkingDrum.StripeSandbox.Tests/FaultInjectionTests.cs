using System.Net;
using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class FaultInjectionTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData(429, "invalid_request_error", "rate_limit")]
    [InlineData(500, "api_error", null)]
    [InlineData(503, "api_error", null)]
    public async Task The_next_requests_under_a_prefix_fail_as_asked_then_succeed(int status, string type, string? code)
    {
        var key = SandboxFixture.NewKey();
        var customers = new CustomerService(SandboxFixture.ClientFor(sandbox.Server, key));
        using var http = sandbox.Raw(key);
        var fault = await http.PostAsync("/_sandbox/faults", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["path_prefix"] = "/v1/customers", ["status"] = $"{status}", ["count"] = "2",
        }));
        fault.EnsureSuccessStatusCode();

        var first = await Assert.ThrowsAsync<StripeException>(() => customers.CreateAsync(new CustomerCreateOptions()));
        await new PaymentIntentService(SandboxFixture.ClientFor(sandbox.Server, key))
            .CreateAsync(new PaymentIntentCreateOptions { Amount = 100, Currency = "usd" });
        await Assert.ThrowsAsync<StripeException>(() => customers.ListAsync());
        var created = await customers.CreateAsync(new CustomerCreateOptions());

        Assert.Equal((HttpStatusCode)status, first.HttpStatusCode);
        Assert.Equal(type, first.StripeError.Type);
        Assert.Equal(code, first.StripeError.Code);
        Assert.Equal(created.Id, Assert.Single((await customers.ListAsync()).Data).Id);
    }

    [Fact]
    public async Task Faults_belong_to_one_account()
    {
        var key = SandboxFixture.NewKey();
        using var http = sandbox.Raw(key);
        await http.PostAsync("/_sandbox/faults", new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "500" }));

        await new CustomerService(sandbox.Client()).ListAsync();
        await Assert.ThrowsAsync<StripeException>(() => new CustomerService(SandboxFixture.ClientFor(sandbox.Server, key)).ListAsync());
    }
}
