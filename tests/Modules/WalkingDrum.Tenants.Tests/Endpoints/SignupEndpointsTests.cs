using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Endpoints;

[Collection(AppCollection.Name)]
public sealed class SignupEndpointsTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_signup_opens_a_shop_with_its_owner_and_answers_its_addresses()
    {
        var name = Unique();
        var response = await app.ClientForPlatform().PostAsJsonAsync("/api/signup",
            new { storeName = "Bean There", subdomain = name, email = "owner@bean.example", password = "Passw0rd!x" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.Equal($"http://{name}.localhost/", body.GetProperty("storefrontUrl").GetString());
        Assert.Equal($"http://{name}.localhost/admin", body.GetProperty("adminUrl").GetString());
        Assert.Equal(body.GetProperty("adminUrl").GetString(), response.Headers.Location!.ToString());

        var storefront = await app.ClientForShopHost(name).GetStringAsync("/");
        Assert.Contains("<h1>Bean There</h1>", storefront, StringComparison.Ordinal);
        var tenant = (await app.Services.GetRequiredService<ITenantLookup>().FindByNameAsync(name))!;
        var owner = await app.InShopAsync(tenant, db => db.Set<ShopUserRole>().Join(db.Set<ShopRole>(), m => m.RoleId, r => r.Id, (m, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Owner], owner);
    }

    [Fact]
    public async Task The_sample_of_a_shop_address_is_the_path_form_when_reached_by_ip()
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri("http://127.0.0.1/") });
        var name = Unique();
        var response = await client.PostAsJsonAsync("/api/signup",
            new { storeName = "By IP", subdomain = name, email = "owner@ip.example", password = "Passw0rd!x" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"http://127.0.0.1/s/{name}/", body.GetProperty("storefrontUrl").GetString());
    }

    [Fact]
    public async Task A_taken_subdomain_is_a_409_problem()
    {
        var shop = await app.CreateShopAsync();
        var before = await CountsAsync();

        var response = await app.ClientForPlatform().PostAsJsonAsync("/api/signup",
            new { storeName = "Copycat", subdomain = shop.Name, email = "copy@cat.example", password = "Passw0rd!x" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already taken", problem.GetProperty("errors").GetProperty("subdomain")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Simultaneous_signups_for_one_name_open_exactly_one_shop()
    {
        var name = Unique();
        var attempts = Enumerable.Range(0, 6).Select(i => app.ClientForPlatform().PostAsJsonAsync("/api/signup",
            new { storeName = "Race " + i, subdomain = name, email = $"racer{i}@race.example", password = "Passw0rd!x" }));

        var statuses = (await Task.WhenAll(attempts)).Select(r => r.StatusCode).ToList();

        Assert.Single(statuses, HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        var owners = await InHost(db => db.Set<Tenant>().CountAsync(t => t.Name == name));
        Assert.Equal(1, owners);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"storeName":"","subdomain":"","email":"","password":""}""", "storeName" },
        { """{"storeName":"Shop","subdomain":"admin","email":"a@b.example","password":"Passw0rd!x"}""", "subdomain" },
        { """{"storeName":"Shop","subdomain":"UPPER","email":"a@b.example","password":"Passw0rd!x"}""", "subdomain" },
        { """{"storeName":"Shop","subdomain":"okname1","email":"nope","password":"Passw0rd!x"}""", "email" },
        { """{"storeName":"Shop","subdomain":"okname2","email":"a@b.example","password":"short"}""", "password" },
        { """{"storeName":"Shop","subdomain":"okname3","email":"a@b.example","password":"alllowercase1"}""", "password" },
        { """{"storeName":"Shop","subdomain":"okname4","email":"a@b.example","password":"Passw0rd!x","recipe":"nope"}""", "recipe" },
        { """{"storeName":"<script>alert(1)</script>","subdomain":"<script>","email":"\"><img src=x onerror=alert(1)>@x.io","password":"Passw0rd!x"}""", "subdomain" },
        { """{"storeName":"Shop","subdomain":"'; DROP TABLE tenants; --","email":"a@b.example","password":"Passw0rd!x"}""", "subdomain" },
        { """{"storeName":"Shop\u0000","subdomain":"okname5","email":"a@b.example","password":"Passw0rd!x"}""", "storeName" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Invalid_signups_are_400_problems_naming_the_field_and_write_nothing(string json, string field)
    {
        var before = await CountsAsync();

        var response = await PostRawAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("""{"storeName": 42, "subdomain": {}, "email": [], "password": null}""")]
    public async Task Malformed_json_is_a_400_problem_and_writes_nothing(string json)
    {
        var before = await CountsAsync();

        var response = await PostRawAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Oversized_fields_are_refused_with_messages()
    {
        var huge = new string('x', 10_000);
        var response = await app.ClientForPlatform().PostAsJsonAsync("/api/signup",
            new { storeName = huge, subdomain = huge, email = huge + "@x.io", password = huge });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("at most 80", errors.GetProperty("storeName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("at most 128", errors.GetProperty("password")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_store_name_is_stored_as_text_and_rendered_inert()
    {
        var name = Unique();
        var hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var response = await app.ClientForPlatform().PostAsJsonAsync("/api/signup",
            new { storeName = hostile, subdomain = name, email = "owner@hostile.example", password = "Passw0rd!x" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var storefront = await app.ClientForShopHost(name).GetStringAsync("/");

        Assert.DoesNotContain("<script>alert", storefront, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", storefront, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", storefront, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_signup()
    {
        var document = await app.ClientForPlatform().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/signup\"", document, StringComparison.Ordinal);
        Assert.Contains("SignupRequest", document, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostRawAsync(string json) =>
        app.ClientForPlatform().PostAsync("/api/signup", new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<string> CountsAsync() => app.Database.CountsAsync("tenants", "users", "user_roles");

    private Task<T> InHost<T>(Func<WalkingDrumDbContext, Task<T>> work) => app.InShopAsync(TenantInfo.Host, work);

    private static string Unique() => "shop-" + Guid.NewGuid().ToString("N")[..12];
}
