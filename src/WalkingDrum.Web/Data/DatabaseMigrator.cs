using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Data;

/// <summary>
/// Brings the schema up to date before the server accepts requests (in
/// <see cref="IHostedLifecycleService.StartingAsync"/>), then on PostgreSQL enforces row-level
/// security on every tenant-owned table and grants the app role its data access.
/// </summary>
internal sealed partial class DatabaseMigrator(
    IConfiguration configuration,
    IOptions<DatabaseOptions> options,
    IOptions<AppDataOptions> appData,
    IEnumerable<IModelContributor> contributors,
    ILogger<DatabaseMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        var provider = options.Value.Provider;
        Directory.CreateDirectory(appData.Value.Path);
        var builder = new DbContextOptionsBuilder<WalkingDrumDbContext>();
        DatabaseServiceCollectionExtensions.Configure(
            builder, provider, DatabaseServiceCollectionExtensions.MigrationsConnectionString(configuration, provider, appData.Value));
        await using var db = new WalkingDrumDbContext(builder.Options, new TenantContext(), contributors);
        await db.Database.MigrateAsync(cancellationToken);
        if (provider == DatabaseProvider.Sqlite)
        {
            // Readers never wait for the writer; survives restarts because WAL is persistent.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            await RowLevelSecurity.EnforceAsync(db, options.Value.AppRole, cancellationToken);
        }

        LogMigrated(logger, provider);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date on {Provider}")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);
}
