using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Web.Data;
using WalkingDrum.Web.Email;
using WalkingDrum.Web.Hosting;
using Xunit;

namespace WalkingDrum.Web.Tests.Data;

public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=model-check")]
    public void The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider, string connectionString)
    {
        using var db = CreateContext(provider, connectionString);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model differs from the {provider} migrations. Add a migration: see README, 'Changing the schema'.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=model-check")]
    public void Every_tenant_owned_table_has_tenant_id_leading_its_primary_and_foreign_keys(DatabaseProvider provider, string connectionString)
    {
        using var db = CreateContext(provider, connectionString);
        var tenantOwned = db.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();
        Assert.NotEmpty(tenantOwned);
        foreach (var entity in tenantOwned)
        {
            Assert.Equal("tenant_id", entity.FindPrimaryKey()!.Properties[0].GetColumnName());
            foreach (var foreignKey in entity.GetForeignKeys().Where(fk => typeof(ITenantOwned).IsAssignableFrom(fk.PrincipalEntityType.ClrType)))
            {
                Assert.Equal("tenant_id", foreignKey.Properties[0].GetColumnName());
            }
        }
    }

    /// <summary>A context on the full model (every module and the host's own tables), as the migrator builds it.</summary>
    internal static WalkingDrumDbContext CreateContext(
        DatabaseProvider provider, string connectionString, TenantContext? tenant = null, params IInterceptor[] interceptors)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        foreach (var module in ModuleCatalog.All)
        {
            module.ConfigureServices(services, configuration);
        }

        // The host's own tables (the email outbox).
        services.AddWalkingDrumEmail(configuration);

        var contributors = services.BuildServiceProvider().GetServices<IModelContributor>();
        var options = new DbContextOptionsBuilder<WalkingDrumDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, provider, connectionString);
        options.AddInterceptors(interceptors);
        return new WalkingDrumDbContext(options.Options, tenant ?? new TenantContext(), contributors);
    }
}
