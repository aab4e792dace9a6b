using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using WalkingDrum.Web.Data;
using Xunit;

namespace WalkingDrum.Web.Tests.Data;

/// <summary>
/// The migration that adds shop sequences starts each existing shop's order counter after its
/// highest order number. On PostgreSQL it runs as a table owner that forced row-level security
/// applies to (not a superuser), as in production.
/// </summary>
public sealed class ShopSequenceMigrationTests
{
    private const string OwnerRole = "wd_migration_owner";

    private const string ForcedOrdersPolicy = $"""
        ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
        ALTER TABLE orders FORCE ROW LEVEL SECURITY;
        CREATE POLICY {RowLevelSecurity.PolicyName} ON orders
          USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
          WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
        """;

    [Fact]
    public async Task Each_shops_order_counter_starts_after_its_highest_order()
    {
        var provider = TestDatabase.ProviderFromEnvironment;
        var (connectionString, dropAsync) = await CreateDatabaseAsync(provider);
        try
        {
            await using (var db = MigrationsTests.CreateContext(provider, connectionString))
            {
                var migrations = db.Database.GetMigrations().ToList();
                var index = migrations.FindIndex(m => m.EndsWith("_ShopSequences", StringComparison.Ordinal));
                await db.GetService<IMigrator>().MigrateAsync(migrations[index - 1]);
                if (provider == DatabaseProvider.PostgreSql)
                {
                    await db.Database.ExecuteSqlRawAsync(ForcedOrdersPolicy);
                }
            }

            var a = Shop("a");
            var b = Shop("b");
            await AddOrdersAsync(provider, connectionString, a, 1001, 1002, 1003);
            await AddOrdersAsync(provider, connectionString, b, 1001);

            // As the migrator runs: no shop on the connection.
            await using (var db = MigrationsTests.CreateContext(provider, connectionString, null, Interceptors(provider)))
            {
                await db.Database.MigrateAsync();
                if (provider == DatabaseProvider.PostgreSql)
                {
                    Assert.True(await db.Database.SqlQuery<bool>($"SELECT relforcerowsecurity AS \"Value\" FROM pg_class WHERE relname = 'orders'").SingleAsync());
                    await RowLevelSecurity.EnforceAsync(db, null, CancellationToken.None);
                }
            }

            Assert.Equal((1004L, 1002L), (await NextOrderNumberAsync(provider, connectionString, a), await NextOrderNumberAsync(provider, connectionString, b)));
        }
        finally
        {
            await dropAsync();
        }
    }

    private static TenantInfo Shop(string name) => new(Guid.NewGuid(), name, name, TenantState.Active, "free");

    private static IInterceptor[] Interceptors(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? [new TenantSessionInterceptor()] : [];

    private static WalkingDrumDbContext InShop(DatabaseProvider provider, string connectionString, TenantInfo shop)
    {
        var tenant = new TenantContext();
        tenant.Set(shop);
        return MigrationsTests.CreateContext(provider, connectionString, tenant, Interceptors(provider));
    }

    private static async Task AddOrdersAsync(DatabaseProvider provider, string connectionString, TenantInfo shop, params long[] numbers)
    {
        await using var db = InShop(provider, connectionString, shop);
        var now = DateTimeOffset.UtcNow;
        db.AddRange(numbers.Select(n => new Order
        {
            Number = n, CheckoutSessionId = $"cs_test_{shop.Name}_{n}", PaymentId = $"pi_test_{shop.Name}_{n}", Email = "ada@example.com",
            Currency = "EUR", SubtotalMinor = 990, TotalMinor = 990, PlacedAt = now, UpdatedAt = now,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task<long> NextOrderNumberAsync(DatabaseProvider provider, string connectionString, TenantInfo shop)
    {
        await using var db = InShop(provider, connectionString, shop);
        await using var transaction = await db.Database.BeginTransactionAsync();
        return await new ShopSequences(db).NextAsync("order", 1001, CancellationToken.None);
    }

    private static async Task<(string ConnectionString, Func<Task> DropAsync)> CreateDatabaseAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "walkingdrum-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return ($"Data Source={Path.Combine(folder, "migration.db")};Pooling=False", () =>
            {
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            });
        }

        var name = "wd_migration_" + Guid.NewGuid().ToString("N");
        await AdminAsync($"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OwnerRole}') THEN
                CREATE ROLE {OwnerRole} LOGIN PASSWORD '{OwnerRole}' NOSUPERUSER NOBYPASSRLS;
              END IF;
            END $$;
            """, ignoreRace: true);
        await AdminAsync($"CREATE DATABASE {name} OWNER {OwnerRole}");
        var owner = new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = name, Username = OwnerRole, Password = OwnerRole };
        return (owner.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task AdminAsync(string sql, bool ignoreRace = false)
    {
        await using var admin = new NpgsqlConnection(TestDatabase.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = admin.CreateCommand();
        command.CommandText = sql;
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ignoreRace && ex.SqlState is "23505" or "42710")
        {
            // Another test created the role at the same moment.
        }
    }
}
