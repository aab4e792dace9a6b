using System.Net;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class StoreSettingsTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_owner_renames_the_shop_and_the_storefront_follows_at_once()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var saved = await Forms.PostAsync(owner, "admin/settings", Fields("Bean There", "Roasted on Tuesdays", "hello@bean.example", "GBP"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var storefront = await shop.Client().GetStringAsync("");
        Assert.Contains("<h1>Bean There</h1>", storefront, StringComparison.Ordinal);
        Assert.Contains("Roasted on Tuesdays", storefront, StringComparison.Ordinal);
        var form = await owner.GetStringAsync("admin/settings");
        Assert.Matches("<option selected=\"selected\"[^>]*>GBP</option>", form);
        Assert.Contains("Your settings are saved.", form, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Tagline", "a@b.example", "USD", "Enter your store&#x27;s name.")]
    [InlineData("Shop", "Tagline", "not-an-email", "USD", "Enter a valid email address.")]
    [InlineData("Shop", "Tagline", "a@b.example", "XXX", "Choose one of the listed currencies.")]
    [InlineData("Shop", "Tagline", "a@b.example", "", "Choose one of the listed currencies.")]
    public async Task Invalid_settings_show_inline_errors_and_change_nothing(string name, string tagline, string email, string currency, string message)
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var response = await Forms.PostAsync(owner, "admin/settings", Fields(name, tagline, email, currency));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"<h1>Store {shop.Name}</h1>", await shop.Client().GetStringAsync(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_and_hostile_values_are_refused_or_rendered_inert()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();

        var oversized = await Forms.PostAsync(owner, "admin/settings", Fields(new string('x', 5000), "", "", "USD"));
        await Forms.PostAsync(owner, "admin/settings", Fields("<b onmouseover=alert(1)>Shop</b>", "<script>alert(1)</script>", "", "USD"));

        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        var storefront = await shop.Client().GetStringAsync("");
        Assert.DoesNotContain("<script>alert(1)</script>", storefront, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", storefront, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", storefront, StringComparison.Ordinal);
        var admin = await owner.GetStringAsync("admin");
        Assert.DoesNotContain("<b onmouseover", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_change_store_settings()
    {
        var shop = await app.CreateShopAsync();
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);

        var response = await staff.GetAsync("admin/settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] Fields(string name, string tagline, string email, string currency) =>
    [
        new("Input.StoreName", name), new("Input.Tagline", tagline), new("Input.ContactEmail", email), new("Input.Currency", currency),
    ];
}
