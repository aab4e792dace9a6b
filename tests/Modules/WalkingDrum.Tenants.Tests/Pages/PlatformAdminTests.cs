using System.Net;
using System.Text.Json;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class PlatformAdminTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Operators_find_shops_by_name_prefix()
    {
        var prefix = "find-" + Guid.NewGuid().ToString("N")[..6];
        await app.CreateShopAsync(prefix + "-one");
        await app.CreateShopAsync(prefix + "-two");
        var other = await app.CreateShopAsync();
        var client = await OperatorAsync();

        var html = await client.GetStringAsync($"/platform?q={prefix}");

        Assert.Contains($"{prefix}-one", html, StringComparison.Ordinal);
        Assert.Contains($"{prefix}-two", html, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_pages_by_name_without_repeating_a_shop()
    {
        var prefix = "page-" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 55; i++)
        {
            await app.CreateShopDirectlyAsync($"{prefix}-{i:D2}");
        }

        var client = await OperatorAsync();
        var first = await client.GetStringAsync($"/platform?q={prefix}");
        var next = System.Text.RegularExpressions.Regex.Match(first, "after=([a-z0-9-]+)").Groups[1].Value;
        var second = await client.GetStringAsync($"/platform?q={prefix}&after={next}");

        Assert.Equal($"{prefix}-49", next);
        Assert.Contains($"{prefix}-00", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"{prefix}-50", first, StringComparison.Ordinal);
        Assert.Contains($"{prefix}-50", second, StringComparison.Ordinal);
        Assert.Contains($"{prefix}-54", second, StringComparison.Ordinal);
        Assert.DoesNotContain($">{prefix}-49<", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Next page", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suspended_shop_is_unavailable_to_shoppers_and_staff_but_its_owner_gets_in()
    {
        var shop = await app.CreateShopAsync();
        var client = await OperatorAsync();

        var suspend = await Forms.PostAsync(client, $"/platform/tenants/{shop.Name}", [], $"/platform/tenants/{shop.Name}?handler=Suspend");
        Assert.Equal(HttpStatusCode.Redirect, suspend.StatusCode);

        var storefront = await shop.Client().GetAsync("");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, storefront.StatusCode);
        Assert.Contains("is unavailable right now", await storefront.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var owner = await shop.OwnerClientAsync();
        var ownerAdmin = await owner.GetAsync("admin");
        Assert.Equal(HttpStatusCode.OK, ownerAdmin.StatusCode);
        Assert.Contains("This shop is suspended", await ownerAdmin.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await staff.GetAsync("admin")).StatusCode);

        await Forms.PostAsync(client, $"/platform/tenants/{shop.Name}", [], $"/platform/tenants/{shop.Name}?handler=Resume");
        Assert.Equal(HttpStatusCode.OK, (await shop.Client().GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_shop_exports_its_data_first_and_keeps_the_name_reserved()
    {
        var shop = await app.CreateShopAsync();
        var client = await OperatorAsync();

        var delete = await Forms.PostAsync(client, $"/platform/tenants/{shop.Name}",
            [new("confirm", shop.Name)], $"/platform/tenants/{shop.Name}?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync("")).StatusCode);
        var page = await client.GetStringAsync($"/platform/tenants/{shop.Name}");
        var file = System.Text.RegularExpressions.Regex.Match(page, $"{shop.Name}-\\d{{14}}\\.json").Value;
        var export = JsonDocument.Parse(await client.GetStringAsync($"/platform/tenants/{shop.Name}?handler=Export&file={file}")).RootElement;
        Assert.Equal(shop.Name, export.GetProperty("tenant").GetProperty("name").GetString());
        var emails = export.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.Equal([TestShop.CustomerEmail, shop.OwnerEmail, TestShop.StaffEmail], emails.Order(StringComparer.Ordinal));

        var again = await app.ClientForPlatform().PostAsync("/api/signup", System.Net.Http.Json.JsonContent.Create(
            new { storeName = "Squatter", subdomain = shop.Name, email = "s@q.example", password = "Passw0rd!x" }));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Deleting_needs_the_confirmation_and_export_files_cannot_escape_their_folder()
    {
        var shop = await app.CreateShopAsync();
        var client = await OperatorAsync();

        var unconfirmed = await Forms.PostAsync(client, $"/platform/tenants/{shop.Name}", [], $"/platform/tenants/{shop.Name}?handler=Delete");
        Assert.Contains("Tick the confirmation box", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await shop.Client().GetAsync("")).StatusCode);

        var escape = await client.GetAsync($"/platform/tenants/{shop.Name}?handler=Export&file=..%2F..%2Fwalkingdrum.db");
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
    }

    [Fact]
    public async Task A_plan_switches_admin_features_off()
    {
        var shop = await app.CreateShopAsync();
        var client = await OperatorAsync();
        var owner = await shop.OwnerClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("admin/emails")).StatusCode);

        await Forms.PostAsync(client, $"/platform/tenants/{shop.Name}", [new("plan", "lite")], $"/platform/tenants/{shop.Name}?handler=Plan");

        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("admin/emails")).StatusCode);
        Assert.DoesNotContain("admin/emails", await owner.GetStringAsync("admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_custom_domain_serves_its_shop_until_detached()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var domain = $"{shop.Name}.example.test";
        var client = await OperatorAsync();
        var page = $"/platform/tenants/{shop.Name}";

        var attached = await Forms.PostAsync(client, page, [new("host", domain.ToUpperInvariant())], page + "?handler=AddDomain");
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        var storefront = await ViaDomainAsync(domain);
        Assert.Contains($"<h1>Store {shop.Name}</h1>", storefront, StringComparison.Ordinal);

        var stolen = await Forms.PostAsync(client, $"/platform/tenants/{other.Name}", [new("host", domain)], $"/platform/tenants/{other.Name}?handler=AddDomain");
        Assert.Contains("already serves a shop", await stolen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var invalid = await Forms.PostAsync(client, page, [new("host", "not a domain")], page + "?handler=AddDomain");
        Assert.Contains("is not a valid domain name", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Forms.PostAsync(client, page, [new("host", domain)], page + "?handler=RemoveDomain");
        Assert.DoesNotContain($"Store {shop.Name}", await ViaDomainAsync(domain), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shop_owners_are_not_operators()
    {
        var shop = await app.CreateShopAsync();
        var platform = app.ClientForPlatform();

        var response = await Forms.PostAsync(platform, "/account/login",
            [new("Input.Email", shop.OwnerEmail), new("Input.Password", WalkingDrumApp.OwnerPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await platform.GetAsync("/platform")).StatusCode);
    }

    private async Task<string> ViaDomainAsync(string domain)
    {
        using var client = app.CreateClient(new() { BaseAddress = new Uri($"http://{domain}/") });
        return await client.GetStringAsync("/");
    }

    private async Task<HttpClient> OperatorAsync()
    {
        var client = app.ClientForPlatform();
        var response = await Forms.PostAsync(client, "/account/login",
            [new("Input.Email", WalkingDrumApp.OperatorEmail), new("Input.Password", WalkingDrumApp.OperatorPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
