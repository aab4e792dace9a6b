using System.Net;
using System.Text.RegularExpressions;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Identity;

[Collection(AppCollection.Name)]
public sealed partial class PasswordResetTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_reset_link_arrives_by_email_and_sets_a_new_password()
    {
        var shop = await app.CreateShopAsync();

        var asked = await Forms.PostAsync(shop.Client(), "account/forgot-password", [new("Email", shop.OwnerEmail)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var mail = await Mailbox.WaitForMessageAsync(app, shop.Name, shop.OwnerEmail);
        Assert.Contains($"Reset your Store {shop.Name} password", mail, StringComparison.Ordinal);

        var link = new Uri(WebUtility.HtmlDecode(ResetLink().Match(mail).Value));
        var client = shop.Client();
        var form = await client.GetStringAsync(link.PathAndQuery.Replace($"/s/{shop.Name}/", "", StringComparison.Ordinal));
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = Hidden(form, "Input.Email"),
            ["Input.Token"] = Hidden(form, "Input.Token"),
            ["Input.Password"] = "Brand-New-Passw0rd",
            [Forms.TokenField] = Forms.TokenIn(form)!,
        };
        var reset = await client.PostAsync("account/reset-password", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await shop.SignedInClientAsync(shop.OwnerEmail, "Brand-New-Passw0rd");
    }

    [Fact]
    public async Task Known_and_unknown_emails_get_the_same_answer_and_only_accounts_get_mail()
    {
        var shop = await app.CreateShopAsync();

        var known = await Forms.PostAsync(shop.Client(), "account/forgot-password", [new("Email", TestShop.StaffEmail)]);
        var unknown = await Forms.PostAsync(shop.Client(), "account/forgot-password", [new("Email", "stranger@example.com")]);

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(Strip(await known.Content.ReadAsStringAsync()), Strip(await unknown.Content.ReadAsStringAsync()));
        await Mailbox.WaitForMessageAsync(app, shop.Name, TestShop.StaffEmail);
        Assert.DoesNotContain(Mailbox.Messages(app, shop.Name), m => m.Contains("stranger@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forged_or_foreign_token_changes_nothing()
    {
        var shop = await app.CreateShopAsync();
        var client = shop.Client();
        var response = await Forms.PostAsync(client, $"account/reset-password?email={Uri.EscapeDataString(shop.OwnerEmail)}&token=forged",
        [
            new("Input.Email", shop.OwnerEmail), new("Input.Token", "forged"), new("Input.Password", "Brand-New-Passw0rd"),
        ], "account/reset-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid or has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await shop.OwnerClientAsync();
    }

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    // Anti-forgery tokens differ per response; everything else must be identical.
    private static string Strip(string html) => Regex.Replace(html, "value=\"CfDJ[^\"]+\"", "");

    [GeneratedRegex("http://[^\\s\"<]+/account/reset-password\\?[^\\s\"<]+")]
    private static partial Regex ResetLink();
}
