using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Http;

namespace WalkingDrum.Web.Data;

/// <summary>
/// Chooses the provider from configuration: SQLite in <c>App_Data</c> with no configuration,
/// PostgreSQL (with the row-level security interceptor) when <c>Database:Provider</c> says so.
/// SQLite connections wait for a busy database in SQLite's own handler (<see cref="SqliteBusyTimeoutInterceptor"/>).
/// </summary>
public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "WalkingDrum.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "WalkingDrum.Migrations.PostgreSql";

    public static IServiceCollection AddWalkingDrumDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection("Database"));
        var tenantSession = new TenantSessionInterceptor();
        var sqliteBusyTimeout = new SqliteBusyTimeoutInterceptor();
        // The options are built once, when the first context is: building them for every request
        // costs more than many a storefront page's queries. Configuration added late (tests) still counts.
        services.AddDbContext<WalkingDrumDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var appData = provider.GetRequiredService<IOptions<AppDataOptions>>().Value;
            var config = provider.GetRequiredService<IConfiguration>();
            Configure(builder, options.Provider, AppConnectionString(config, options.Provider, appData));
            builder.AddInterceptors(options.Provider == DatabaseProvider.PostgreSql ? tenantSession : sqliteBusyTimeout);

            // Singleton interceptors other parts of the host register (the email outbox's commit signal).
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        }, contextLifetime: ServiceLifetime.Scoped, optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<ShopSequences>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>Points <paramref name="builder"/> at a provider and its migrations assembly.</summary>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly));
        }
        else
        {
            builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        }
    }

    public static string AppConnectionString(IConfiguration configuration, DatabaseProvider provider, AppDataOptions appData) =>
        provider == DatabaseProvider.PostgreSql
            ? configuration.GetConnectionString("PostgreSql")
              ?? throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:PostgreSql is not set.")
            : configuration.GetConnectionString("Sqlite")
              ?? $"Data Source={Path.Combine(appData.Path, "walkingdrum.db")};Default Timeout=30;Pooling=True";

    /// <summary>The owner connection for migrations; falls back to the app's connection.</summary>
    public static string MigrationsConnectionString(IConfiguration configuration, DatabaseProvider provider, AppDataOptions appData) =>
        provider == DatabaseProvider.PostgreSql
            ? configuration.GetConnectionString("PostgreSqlMigrations") ?? AppConnectionString(configuration, provider, appData)
            : AppConnectionString(configuration, provider, appData);
}
