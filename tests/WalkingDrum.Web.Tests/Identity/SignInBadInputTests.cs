using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Identity;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Identity;

[Collection(AppCollection.Name)]
public sealed class SignInBadInputTests(WalkingDrumApp app)
{
    public static TheoryData<string, string, string> BadSignIns => new()
    {
        { "", "", "Enter your email address." },
        { "not-an-email", "Passw0rd!", "Enter a valid email address." },
        { new string('a', 5000) + "@example.com", "Passw0rd!", "Use at most 254 characters." },
        { "owner@example.com", new string('p', 100_000), "Use at most 128 characters." },
        { "<script>alert(1)</script>@example.com", "x", "Enter a valid email address." },
        { "' OR 1=1; DROP TABLE users; --@example.com", "' OR '1'='1", "The email or password is not right." },
        { "nul\0byte@example.com", "Passw0rd!", "We could not accept that form" },
        { "\u202Eevil@example.com", "Passw0rd!", "The email or password is not right." },
    };

    [Theory]
    [MemberData(nameof(BadSignIns))]
    public async Task Bad_sign_ins_get_a_message_and_write_nothing(string email, string password, string message)
    {
        var shop = await app.CreateShopAsync();
        var before = await SnapshotAsync(shop);

        var response = await Forms.PostAsync(shop.Client(), "account/login", [new("Input.Email", email), new("Input.Password", password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains(WebUtility.HtmlEncode(message), StringComparison.Ordinal), html);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(shop));
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var shop = await app.CreateShopAsync();
        var response = await shop.Client().PostAsync("account/login", new FormUrlEncodedContent(
            [new("Input.Email", shop.OwnerEmail), new("Input.Password", WalkingDrumApp.OwnerPassword)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<string> SnapshotAsync(TestShop shop) =>
        app.InShopAsync(shop.Tenant, async db =>
        {
            var users = await db.Set<ShopUser>()
                .OrderBy(u => u.Email)
                .Select(u => $"{u.Email}|{u.AccessFailedCount}|{u.SecurityStamp}|{u.PasswordHash}")
                .ToListAsync();
            return string.Join("\n", users);
        });
}
