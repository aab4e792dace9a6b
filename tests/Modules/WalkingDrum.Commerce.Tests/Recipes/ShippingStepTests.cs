using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Tenants.Recipes;
using WalkingDrum.Testing;
using Xunit;
using static WalkingDrum.Commerce.Tests.Fixtures.ShippingSettings;

namespace WalkingDrum.Commerce.Tests.Recipes;

[Collection(ShippingCollection.Name)]
public sealed class ShippingStepTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_test_recipe_opens_a_shop_with_euro_rates_and_vat()
    {
        var shop = await app.CreateShopAsync();

        var rates = await RatesAsync(app, shop);
        var taxes = await TaxesAsync(app, shop);

        Assert.Equal(
            [("Standard", new Amount(500, "EUR"), (Amount?)new Amount(6000, "EUR"), "FR,DE,NL,BE", 0), ("World", new Amount(1500, "EUR"), null, "", 1)],
            rates.Select(r => (r.Name, r.Price, r.FreeOver, r.Countries, r.Position)));
        Assert.Equal([("DE", "VAT", 1900, true), ("FR", "VAT", 2000, true)], taxes.Select(t => (t.CountryCode, t.Name, t.BasisPoints, t.AppliesToShipping)));
    }

    [Fact]
    public async Task The_sample_recipe_opens_a_shop_with_dollar_rates_and_sales_tax()
    {
        var shop = await app.CreateShopAsync(recipe: "sample");

        var rates = await RatesAsync(app, shop);
        var taxes = await TaxesAsync(app, shop);

        Assert.Equal(
            [("Standard", 490L, (long?)5000L, "US,CA"), ("Express", 1200L, null, "US"), ("International", 1500L, null, "")],
            rates.Select(r => (r.Name, r.Price.MinorUnits, r.FreeOver?.MinorUnits, r.Countries)));
        Assert.All(rates, r => Assert.Equal("USD", r.Currency));
        Assert.Equal([("US", "Sales tax", 825, false)], taxes.Select(t => (t.CountryCode, t.Name, t.BasisPoints, t.AppliesToShipping)));
    }

    [Fact]
    public async Task A_later_step_adds_after_the_rates_a_shop_has()
    {
        var shop = await app.CreateShopAsync();

        var failure = await RunAsync(shop, """
            "rates": [ { "name": "Pickup", "price": 0 }, { "name": "Courier", "price": 25, "countries": ["fr", "be"] } ],
            "taxes": [ { "country": "nl", "name": "BTW", "percent": 21, "shipping": true } ]
            """);

        Assert.Null(failure);
        Assert.Equal([("Standard", 0), ("World", 1), ("Pickup", 2), ("Courier", 3)], (await RatesAsync(app, shop)).Select(r => (r.Name, r.Position)));
        Assert.Equal("FR,BE", (await RatesAsync(app, shop))[3].Countries);
        Assert.Contains((await TaxesAsync(app, shop)), t => t is { CountryCode: "NL", BasisPoints: 2100, AppliesToShipping: true });
    }

    [Theory]
    [InlineData("", "shipping: the step needs a 'rates' or a 'taxes' array.")]
    [InlineData(""" "rates": {} """, "shipping: 'rates' must be an array of objects.")]
    [InlineData(""" "taxes": ["FR"] """, "shipping: 'taxes' must be an array of objects.")]
    [InlineData(""" "rates": [ { "name": "A", "price": "4.905" } ] """, "shipping: rate 1 “A”: Price: EUR amounts have at most 2 decimals.")]
    [InlineData(""" "rates": [ { "name": "A", "price": "1" }, { "name": "B" } ] """, "shipping: rate 2 “B”: Price: Enter the price per order")]
    [InlineData(""" "rates": [ { "name": "A", "price": "1", "freeOver": "0" } ] """, "FreeOver: Enter an amount above zero")]
    [InlineData(""" "rates": [ { "name": "A", "price": "1", "countries": ["FR", "XX"] } ] """, "shipping: rate 1 “A”: Countries: XX is not a country code.")]
    [InlineData(""" "rates": [ { "name": "A", "price": "1", "countries": "FR" } ] """, "shipping: rate 1: 'countries' must be an array of strings.")]
    [InlineData(""" "rates": [ { "name": "A", "price": "1", "freeover": "5" } ] """, "shipping: rate 1: unknown property 'freeover'")]
    [InlineData(""" "rates": [ { "name": "", "price": "1" } ] """, "shipping: rate 1 “”: Name: Enter the name shoppers choose")]
    [InlineData(""" "taxes": [ { "country": "FR", "name": "TVA", "percent": "5.5" } ] """, "shipping: tax 1 “FR”: Country: This shop already has a tax rate for France.")]
    [InlineData(""" "taxes": [ { "country": "NL", "name": "VAT", "percent": "21" }, { "country": "nl", "name": "BTW", "percent": "9" } ] """, "shipping: tax 2 “nl”: Country: This shop already has a tax rate for Netherlands.")]
    [InlineData(""" "taxes": [ { "country": "NL", "name": "VAT", "percent": "210" } ] """, "shipping: tax 1 “NL”: Percent: Enter a percentage above 0 and at most 100.")]
    [InlineData(""" "taxes": [ { "country": "UK", "name": "VAT", "percent": "20" } ] """, "shipping: tax 1 “UK”: Country: UK is not a country code.")]
    [InlineData(""" "taxes": [ { "country": "NL", "name": "VAT", "percent": "21", "shipping": "yes" } ] """, "shipping: tax 1: 'shipping' must be true or false.")]
    [InlineData(""" "rates": [ { "name": "Fine", "price": "1" } ], "taxes": [ { "country": "NL", "name": "VAT", "percent": "abc" } ] """, "shipping: tax 1 “NL”: Percent:")]
    public async Task Bad_steps_fail_the_recipe_with_where_and_why_and_write_nothing(string body, string message)
    {
        var shop = await app.CreateShopAsync();
        var before = await SnapshotAsync(app, shop);

        var failure = await RunAsync(shop, body);

        Assert.NotNull(failure);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app, shop));
    }

    // Runs one shipping step in the shop's scope the way provisioning does: in a transaction that commits only when the step succeeds.
    private Task<RecipeException?> RunAsync(TestShop shop, string body)
    {
        var separator = body.Trim().Length == 0 ? "" : ", ";
        var step = JsonDocument.Parse($$"""{ "name": "shipping"{{separator}}{{body}} }""").RootElement.Clone();
        return app.InShopAsync<RecipeException?>(shop, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            try
            {
                await services.GetRequiredService<RecipeRunner>().RunAsync(
                    new Recipe("shipping-test", "Shipping test", "", false, [step]), new RecipeContext(services, shop.OwnerEmail), CancellationToken.None);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return null;
            }
            catch (RecipeException ex)
            {
                // Nothing the step staged may be written by a later save in the same scope either.
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return ex;
            }
        });
    }
}
