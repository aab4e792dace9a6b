using System.Net;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Identity;

[Collection(AppCollection.Name)]
public sealed class SignInTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_owner_signs_in_and_reaches_the_admin()
    {
        var shop = await app.CreateShopAsync();
        var client = await shop.OwnerClientAsync();

        var dashboard = await client.GetAsync("admin");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains($"Welcome to Store {shop.Name}", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_reach_the_admin_but_customers_do_not()
    {
        var shop = await app.CreateShopAsync();
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        var customer = await shop.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("admin")).StatusCode);
        var denied = await customer.GetAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var shop = await app.CreateShopAsync();
        var response = await shop.Client().GetAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://localhost/s/{shop.Name}/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
    {
        var shop = await app.CreateShopAsync();

        var unknown = await Forms.PostAsync(shop.Client(), "account/login",
            [new("Input.Email", "nobody@example.com"), new("Input.Password", "Whatever-1")]);
        var wrong = await Forms.PostAsync(shop.Client(), "account/login",
            [new("Input.Email", shop.OwnerEmail), new("Input.Password", "Wrong-Passw0rd")]);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The email or password is not right.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The email or password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var shop = await app.CreateShopAsync();
        for (var i = 0; i < 5; i++)
        {
            await Forms.PostAsync(shop.Client(), "account/login", [new("Input.Email", shop.OwnerEmail), new("Input.Password", "Wrong-Passw0rd")]);
        }

        var locked = await Forms.PostAsync(shop.Client(), "account/login",
            [new("Input.Email", shop.OwnerEmail), new("Input.Password", WalkingDrumApp.OwnerPassword)]);

        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
        Assert.Contains("locked for 15 minutes", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shop_account_cannot_sign_in_to_another_shop()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();

        var response = await Forms.PostAsync(b.Client(), "account/login",
            [new("Input.Email", a.OwnerEmail), new("Input.Password", WalkingDrumApp.OwnerPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_shops_cookie_is_worthless_at_another_shop_even_on_the_same_host()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var signedIn = await a.OwnerClientAsync();

        // Replay A's cookie at B's address on the same host name.
        var aResponse = await signedIn.GetAsync("admin");
        var cookieHeader = string.Join("; ", aResponse.RequestMessage!.Headers.GetValues("Cookie"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://localhost/s/{b.Name}/admin");
        request.Headers.Add("Cookie", cookieHeader);
        var atB = await app.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, aResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, atB.StatusCode);
        Assert.Contains("/account/login", atB.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var shop = await app.CreateShopAsync();
        var client = await shop.OwnerClientAsync();

        var token = await Forms.TokenAsync(client, "admin");
        await client.PostAsync("account/logout", new FormUrlEncodedContent([new(Forms.TokenField, token)]));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("admin")).StatusCode);
    }

    [Fact]
    public async Task The_signup_link_signs_the_owner_in_once()
    {
        var shop = await app.CreateShopAsync();
        // Signed up at http://localhost/, so the shop's address is its localhost subdomain.
        var link = new Uri(shop.Signup.SignInUrl);
        Assert.Equal($"{shop.Name}.localhost", link.Host);
        var client = app.ClientForShopHost(shop.Name);

        var first = await client.GetAsync(link.PathAndQuery);
        var again = await app.ClientForShopHost(shop.Name).GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/admin", first.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("admin")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task A_signup_link_is_worthless_at_another_shop()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var query = new Uri(a.Signup.SignInUrl).Query;

        var response = await b.Client().GetAsync("account/handoff" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
