using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WalkingDrum.Commerce.Services.Shipping;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;
using WalkingDrum.Testing;
using Xunit;
using static WalkingDrum.Commerce.Tests.Fixtures.ShippingSettings;

namespace WalkingDrum.Commerce.Tests.Services.Shipping;

[Collection(ShippingCollection.Name)]
public sealed class ShippingSettingsServiceTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_rate_for_the_country_committed_between_the_check_and_the_insert_is_refused_by_field()
    {
        var shop = await app.CreateShopAsync();
        await using var other = await OpenDatabaseAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var insert = other.CreateCommand())
        {
            // Another writer's row, not yet committed: the service's check cannot see it, the unique index will.
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO tax_rates (tenant_id, id, country_code, name, basis_points, applies_to_shipping, created_at)
                VALUES (@tenant, @id, 'NL', 'VAT', 2100, @shipping, @created)
                """;
            var sqlite = app.Database.Provider == DatabaseProvider.Sqlite;
            Parameter(insert, "tenant", sqlite ? shop.Tenant.Id.ToString().ToUpperInvariant() : shop.Tenant.Id);
            Parameter(insert, "id", sqlite ? Guid.CreateVersion7().ToString().ToUpperInvariant() : Guid.CreateVersion7());
            Parameter(insert, "shipping", true);
            Parameter(insert, "created", sqlite ? "2026-01-01 00:00:00+00:00" : DateTimeOffset.UnixEpoch);
            await insert.ExecuteNonQueryAsync();
        }

        // On a thread of its own: SQLite waits for a lock synchronously, even in async calls.
        var saving = Task.Run(() => app.InShopAsync(shop, services => services.GetRequiredService<ShippingSettingsService>()
            .CreateTaxAsync(new TaxRateInput("NL", "BTW", "9", false), CancellationToken.None)));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(saving.IsCompleted, "The save should wait for the other writer.");
        await transaction.CommitAsync();
        var result = await saving;

        Assert.False(result.Succeeded);
        Assert.Equal(ShippingSettingsService.DuplicateCountry("NL"), result.Errors.ByField[nameof(TaxRateInput.Country)].Single());
        Assert.Equal([("DE", 1900), ("FR", 2000), ("NL", 2100)], (await TaxesAsync(app, shop)).Select(t => (t.CountryCode, t.BasisPoints)));
    }

    [Fact]
    public async Task A_shop_keeps_at_most_fifty_rates()
    {
        var shop = await app.CreateShopAsync();

        var results = await app.InShopAsync(shop, async services =>
        {
            var settings = services.GetRequiredService<ShippingSettingsService>();
            var outcomes = new List<ShippingSaveResult<WalkingDrum.Commerce.Models.ShippingRate>>();
            for (var i = 0; i < ShippingSettingsService.MaxRates - 1; i++)
            {
                outcomes.Add(await settings.CreateRateAsync(new ShippingRateInput($"Rate {i}", "1", null, null), CancellationToken.None));
            }

            return outcomes;
        });

        Assert.Equal(ShippingSettingsService.MaxRates - 2, results.Count(r => r.Succeeded));
        Assert.Contains("at most 50 shipping rates", results[^1].Errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(ShippingSettingsService.MaxRates, (await RatesAsync(app, shop)).Count);
        Assert.Equal(Enumerable.Range(0, ShippingSettingsService.MaxRates), (await RatesAsync(app, shop)).Select(r => r.Position));
    }

    [Fact]
    public async Task After_the_shop_changes_currency_the_list_flags_old_rates_and_saving_one_prices_it_anew()
    {
        var shop = await app.CreateShopAsync();
        var owner = await shop.OwnerClientAsync();
        var standard = (await RatesAsync(app, shop))[0];
        var changed = await Forms.PostAsync(owner, "admin/settings",
            [new("Input.StoreName", "Store"), new("Input.Tagline", ""), new("Input.ContactEmail", shop.OwnerEmail), new("Input.Currency", "USD")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var list = await owner.GetStringAsync("admin/shipping");
        var saved = await Forms.PostAsync(owner, $"admin/shipping/rates/{standard.Id}", RateFields("Standard", "5.00", "60.00", "FR"));
        var rate = (await RatesAsync(app, shop))[0];

        Assert.Equal(2, Badges(list));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((new Amount(500, "USD"), (Amount?)new Amount(6000, "USD")), (rate.Price, rate.FreeOver));
        Assert.Equal(1, Badges(await owner.GetStringAsync("admin/shipping")));
    }

    private async Task<DbConnection> OpenDatabaseAsync()
    {
        DbConnection connection = app.Database.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(app.Database.OwnerConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(app.Database.AppData, "walkingdrum.db")}");
        await connection.OpenAsync();
        return connection;
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static int Badges(string html)
    {
        const string badge = "Priced in EUR: open and save it to charge USD";
        return (html.Length - html.Replace(badge, "", StringComparison.Ordinal).Length) / badge.Length;
    }
}
