using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;
using WalkingDrum.Testing;
using WalkingDrum.Web.Data;
using Xunit;

namespace WalkingDrum.Web.Tests.Data;

[Collection(AppCollection.Name)]
public sealed class TenantDataIsolationTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_query_filter_shows_a_scope_only_its_own_tenants_rows()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();

        var emails = await InShop(a, db => db.Set<ShopUser>().Select(u => u.Email!).ToListAsync());

        Assert.Contains(a.OwnerEmail, emails);
        Assert.DoesNotContain(b.OwnerEmail, emails);
        Assert.Equal(3, emails.Count); // owner, staff and customer of the test recipe
    }

    [Fact]
    public async Task Writing_a_row_of_another_tenant_is_refused_and_changes_nothing()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var bOwnerId = await InShop(b, db => db.Set<ShopUser>().Where(u => u.Email == b.OwnerEmail).Select(u => u.Id).SingleAsync());

        var error = await Record.ExceptionAsync(() => InShop(a, async db =>
        {
            db.Add(new ShopUserRole { TenantId = b.Tenant.Id, UserId = bOwnerId, RoleId = Roles.All[0].Id });
            return await db.SaveChangesAsync();
        }));

        Assert.IsType<InvalidOperationException>(error);
        var bRoles = await InShop(b, db => db.Set<ShopUserRole>().CountAsync());
        Assert.Equal(3, bRoles);
    }

    [Fact]
    public async Task Row_level_security_hides_other_tenants_rows_even_without_the_filter()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();

        // Through the app's own connection, with every query filter switched off.
        var unfiltered = await InShop(a, db => db.Set<ShopUser>().IgnoreQueryFilters().Select(u => u.TenantId).Distinct().ToListAsync());

        if (app.Database.Provider == DatabaseProvider.Sqlite)
        {
            // SQLite has no row-level security: the query filter is the only guard there, which
            // is exactly why the filter cannot be switched off by accident (it is per entity).
            Assert.Contains(b.Tenant.Id, unfiltered);
            return;
        }

        Assert.Equal([a.Tenant.Id], unfiltered);

        // Plain SQL as the app's role: the tenant setting alone decides what is visible.
        await using var connection = new NpgsqlConnection(app.Database.AppConnectionString);
        await connection.OpenAsync();
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM users"));
        await ScalarAsync(connection, $"SELECT set_config('app.tenant_id', '{a.Tenant.Id}', false)");
        Assert.Equal(3L, await ScalarAsync(connection, "SELECT count(*) FROM users"));
        Assert.Equal(0L, await ScalarAsync(connection, $"SELECT count(*) FROM users WHERE tenant_id = '{b.Tenant.Id}'"));
        Assert.Equal(0L, await ScalarAsync(connection, $"SELECT count(*) FROM user_roles WHERE tenant_id = '{b.Tenant.Id}'"));

        var bOwnerId = await InShop(b, db => db.Set<ShopUser>().Where(u => u.Email == b.OwnerEmail).Select(u => u.Id).SingleAsync());
        var insert = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection,
            $"INSERT INTO user_roles (tenant_id, user_id, role_id) VALUES ('{b.Tenant.Id}', '{bOwnerId}', '{Roles.All[1].Id}')"));
        var move = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection,
            $"UPDATE users SET tenant_id = '{b.Tenant.Id}'"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, move.SqlState);
    }

    [Fact]
    public async Task Every_tenant_owned_table_has_row_level_security_forced()
    {
        if (app.Database.Provider != DatabaseProvider.PostgreSql)
        {
            return; // a PostgreSQL catalog check; SQLite relies on the query filters tested above
        }

        var tables = await InShop(await app.CreateShopAsync(), db => Task.FromResult(RowLevelSecurity.TenantTables(db)));
        await using var connection = new NpgsqlConnection(app.Database.OwnerConnectionString);
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            var forced = await ScalarAsync(connection,
                $"SELECT c.relrowsecurity AND c.relforcerowsecurity AND EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = '{RowLevelSecurity.PolicyName}') FROM pg_class c WHERE c.relname = '{table}'");
            Assert.True((bool)forced!, $"Table {table} lacks forced row-level security.");
        }
    }

    private Task<T> InShop<T>(TestShop shop, Func<WalkingDrumDbContext, Task<T>> work) => app.InShopAsync(shop.Tenant, work);

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
