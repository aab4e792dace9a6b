using System.Net;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Identity;

public sealed class RateLimitTests : IClassFixture<RateLimitTests.StrictApp>
{
    private readonly StrictApp _app;

    public RateLimitTests(StrictApp app) => _app = app;

    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_429_while_pages_still_load()
    {
        var shop = await _app.CreateShopAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await Forms.PostAsync(shop.Client(), "account/login",
                [new("Input.Email", "nobody@example.com"), new("Input.Password", "Wrong-Passw0rd")]);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await shop.Client().GetAsync("account/login")).StatusCode);
    }

    [Fact]
    public async Task Signup_posts_beyond_the_limit_get_a_problem_429()
    {
        var client = _app.ClientForPlatform();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostAsync("/api/signup", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Too many attempts", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>An app allowing three auth posts per minute; shops are opened inside the service, not through signup.</summary>
    public sealed class StrictApp() : WalkingDrumApp(new Dictionary<string, string?> { ["RateLimiting:AuthPermitsPerMinute"] = "3" })
    {
        public override Task<TestShop> CreateShopAsync(string? name = null, string recipe = "test") =>
            CreateShopDirectlyAsync(name, recipe);
    }
}
