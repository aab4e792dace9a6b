using System.Net;
using WalkingDrum.Testing;
using Xunit;
using static WalkingDrum.Commerce.Tests.Fixtures.ShippingSettings;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Shipping;

/// <summary>Who may use the shipping admin, and that one shop's rates are out of another's reach.</summary>
[Collection(ShippingCollection.Name)]
public sealed class ShippingAdminAccessTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Staff_may_use_it_and_the_admin_menu_links_to_it()
    {
        var shop = await app.CreateShopAsync();
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);

        var page = await staff.GetAsync("admin/shipping");
        var added = await Forms.PostAsync(staff, "admin/shipping", RateFields("Pickup", "0"), "admin/shipping?handler=AddRate");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"href=\"/s/{shop.Name}/admin/shipping\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Free", await staff.GetStringAsync("admin/shipping"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customers_and_anonymous_visitors_are_refused_and_change_nothing()
    {
        var shop = await app.CreateShopAsync();
        var customer = await shop.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword);
        var anonymous = shop.Client();
        var before = await SnapshotAsync(app, shop);
        var rate = (await RatesAsync(app, shop))[0];
        var tax = (await TaxesAsync(app, shop))[0];
        // A valid token for the customer, so the refusal comes from the roles and not from anti-forgery.
        var token = Forms.TokenIn(await customer.GetStringAsync("cart/count"))!;

        foreach (var client in new[] { customer, anonymous })
        {
            foreach (var path in new[] { "admin/shipping", $"admin/shipping/rates/{rate.Id}", $"admin/shipping/taxes/{tax.Id}" })
            {
                Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
            }

            foreach (var post in new[]
            {
                "admin/shipping?handler=AddRate", "admin/shipping?handler=AddTax", "admin/shipping?handler=Move",
                $"admin/shipping/rates/{rate.Id}", $"admin/shipping/rates/{rate.Id}?handler=Delete",
                $"admin/shipping/taxes/{tax.Id}", $"admin/shipping/taxes/{tax.Id}?handler=Delete",
            })
            {
                var response = await client.PostAsync(post, new FormUrlEncodedContent(
                    [.. RateFields("Mine", "1"), .. TaxFields("NL", "VAT", "21"), new("id", rate.Id.ToString()), new("by", "1"), new("confirm", "yes"), new(Forms.TokenField, token)]));
                Assert.False(response.IsSuccessStatusCode || response.Headers.Location?.OriginalString.Contains("admin/shipping", StringComparison.Ordinal) == true,
                    $"POST {post}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Equal(before, await SnapshotAsync(app, shop));
    }

    [Fact]
    public async Task Another_shops_rates_are_not_found_and_stay_as_they_are()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        var theirRate = (await RatesAsync(app, other))[0];
        var theirTax = (await TaxesAsync(app, other))[0];
        var before = await SnapshotAsync(app, other);

        var responses = new List<(string, HttpResponseMessage)>
        {
            ("GET rate", await staff.GetAsync($"admin/shipping/rates/{theirRate.Id}")),
            ("GET tax", await staff.GetAsync($"admin/shipping/taxes/{theirTax.Id}")),
            ("edit rate", await Forms.PostAsync(staff, "admin/shipping", RateFields("Taken", "1"), $"admin/shipping/rates/{theirRate.Id}")),
            ("delete rate", await Forms.PostAsync(staff, "admin/shipping", [new("confirm", "yes")], $"admin/shipping/rates/{theirRate.Id}?handler=Delete")),
            ("move rate", await Forms.PostAsync(staff, "admin/shipping", [new("id", theirRate.Id.ToString()), new("by", "1")], "admin/shipping?handler=Move")),
            ("edit tax", await Forms.PostAsync(staff, "admin/shipping", TaxFields("NL", "Taken", "1"), $"admin/shipping/taxes/{theirTax.Id}")),
            ("delete tax", await Forms.PostAsync(staff, "admin/shipping", [new("confirm", "yes")], $"admin/shipping/taxes/{theirTax.Id}?handler=Delete")),
        };

        Assert.All(responses, r => Assert.True(r.Item2.StatusCode == HttpStatusCode.NotFound, $"{r.Item1}: {(int)r.Item2.StatusCode}"));
        Assert.Equal(before, await SnapshotAsync(app, other));
        Assert.DoesNotContain(theirRate.Id.ToString(), await staff.GetStringAsync("admin/shipping"), StringComparison.Ordinal);
    }
}
