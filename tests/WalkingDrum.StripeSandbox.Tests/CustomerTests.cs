using System.Net;
using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class CustomerTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Customers_are_created_retrieved_updated_and_listed_by_email()
    {
        var customers = new CustomerService(sandbox.Client());
        var created = await customers.CreateAsync(new CustomerCreateOptions
        {
            Email = "ada@example.com",
            Name = "Ada",
            Metadata = new Dictionary<string, string> { ["tenant"] = "roastery" },
        });
        await customers.CreateAsync(new CustomerCreateOptions { Email = "grace@example.com" });

        Assert.StartsWith("cus_", created.Id);
        Assert.False(created.Livemode);
        Assert.Equal(sandbox.Clock.UnixSeconds, new DateTimeOffset(DateTime.SpecifyKind(created.Created, DateTimeKind.Utc)).ToUnixTimeSeconds());
        var updated = await customers.UpdateAsync(created.Id, new CustomerUpdateOptions
        {
            Name = "Ada Lovelace",
            Metadata = new Dictionary<string, string> { ["plan"] = "beans" },
        });
        Assert.Equal("Ada Lovelace", updated.Name);
        Assert.Equal("ada@example.com", updated.Email);
        Assert.Equal("roastery", updated.Metadata["tenant"]);
        Assert.Equal("beans", updated.Metadata["plan"]);
        Assert.Equal("Ada Lovelace", (await customers.GetAsync(created.Id)).Name);
        var found = await customers.ListAsync(new CustomerListOptions { Email = "ada@example.com" });
        Assert.Equal(created.Id, Assert.Single(found.Data).Id);
        Assert.Equal(2, (await customers.ListAsync()).Data.Count);
    }

    [Fact]
    public async Task An_unknown_customer_is_a_404_with_Stripes_error()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => new CustomerService(sandbox.Client()).GetAsync("cus_missing"));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
        Assert.Equal("resource_missing", error.StripeError.Code);
        Assert.Equal("id", error.StripeError.Param);
        Assert.Equal("No such customer: 'cus_missing'", error.StripeError.Message);
    }

    [Fact]
    public async Task One_secret_key_never_sees_another_keys_objects()
    {
        var mine = new CustomerService(sandbox.Client());
        var theirs = new CustomerService(sandbox.Client());
        var customer = await mine.CreateAsync(new CustomerCreateOptions { Email = "private@example.com" });

        var error = await Assert.ThrowsAsync<StripeException>(() => theirs.GetAsync(customer.Id));
        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatusCode);
        Assert.Empty((await theirs.ListAsync(new CustomerListOptions { Email = "private@example.com" })).Data);
        await Assert.ThrowsAsync<StripeException>(() => theirs.UpdateAsync(customer.Id, new CustomerUpdateOptions { Name = "x" }));
    }

    [Fact]
    public async Task The_key_may_also_come_as_the_basic_auth_user_name_like_curl_sends_it()
    {
        using var http = new HttpClient { BaseAddress = sandbox.Server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("sk_test_curl:"u8.ToArray()));

        using var response = await http.PostAsync("/v1/customers", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "c@example.com" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Hosted_pages_use_the_public_url_when_one_is_set()
    {
        var options = SandboxFixture.Options(sandbox.NewDataPath());
        options.PublicUrl = new Uri("https://pay.shop.example/");
        await using var server = await StripeSandboxServer.StartAsync(options, sandbox.Clock);

        var session = await Checkout.PaymentSessionAsync(SandboxFixture.ClientFor(server, SandboxFixture.NewKey()));

        Assert.Equal($"https://pay.shop.example/checkout/{session.Id}", session.Url);
    }

    [Theory]
    [InlineData("sk_live_123456789")]
    [InlineData("pk_test_123456789")]
    public async Task Keys_other_than_test_secret_keys_get_401(string key)
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => new CustomerService(SandboxFixture.ClientFor(sandbox.Server, key)).ListAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
        Assert.StartsWith("Invalid API Key provided", error.StripeError.Message);
    }

    [Fact]
    public async Task Every_response_carries_a_request_id_and_unknown_paths_answer_Stripes_404()
    {
        using var http = sandbox.Raw(SandboxFixture.NewKey());
        using var response = await http.GetAsync("/v1/not_a_thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("req_", Assert.Single(response.Headers.GetValues("Request-Id")));
        Assert.Contains("Unrecognized request URL", await response.Content.ReadAsStringAsync());
    }
}
