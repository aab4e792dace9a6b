using System.Net;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class SignupPageTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_form_opens_a_shop_and_hands_the_owner_over_to_its_admin()
    {
        var name = "shop-" + Guid.NewGuid().ToString("N")[..12];
        var platform = app.ClientForPlatform();

        var response = await Forms.PostAsync(platform, "/", Fields("Form Shop", name, "owner@form.example", "Passw0rd!x"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var handoff = response.Headers.Location!;
        Assert.Equal($"{name}.localhost", handoff.Host);
        Assert.Equal("/account/handoff", handoff.AbsolutePath);
        var shopClient = app.ClientForShopHost(name);
        Assert.Equal("/admin", (await shopClient.GetAsync(handoff.PathAndQuery)).Headers.Location!.ToString());
        Assert.Contains("Welcome to Form Shop", await shopClient.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_invalid_field_gets_its_own_message_and_nothing_is_written()
    {
        var before = await app.Database.CountsAsync("tenants", "users");

        var response = await Forms.PostAsync(app.ClientForPlatform(), "/", Fields("", "Admin!", "nope", "weak"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter your store&#x27;s name.", html, StringComparison.Ordinal);
        Assert.Contains("Use lower-case letters, digits and hyphens only", html, StringComparison.Ordinal);
        Assert.Contains("Enter a valid email address", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.Database.CountsAsync("tenants", "users"));
    }

    [Fact]
    public async Task A_weak_password_is_explained_alongside_the_other_errors()
    {
        var response = await Forms.PostAsync(app.ClientForPlatform(), "/",
            Fields("Shop", "admin", "owner@weak.example", "password"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Passwords must have at least one digit", html, StringComparison.Ordinal);
        Assert.Contains("Passwords must have at least one uppercase", html, StringComparison.Ordinal);
        Assert.Contains("is reserved", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_subdomain_is_explained_on_the_form()
    {
        var shop = await app.CreateShopAsync();

        var response = await Forms.PostAsync(app.ClientForPlatform(), "/", Fields("Copy", shop.Name, "copy@cat.example", "Passw0rd!x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is already taken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] Fields(string storeName, string subdomain, string email, string password) =>
    [
        new("Input.StoreName", storeName), new("Input.Subdomain", subdomain), new("Input.Email", email), new("Input.Password", password),
    ];
}
