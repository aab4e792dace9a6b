using Npgsql;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Testing;

/// <summary>
/// The database one test host runs on, chosen by <c>WALKINGDRUM_TEST_DB</c> (<c>sqlite</c>,
/// the default, or <c>postgres</c>). On PostgreSQL every host gets a fresh database, migrated by
/// the superuser from <c>WALKINGDRUM_TEST_PG</c> and used by a plain login role, so row-level
/// security really applies.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string AppRole = "wd_app";

    private readonly string? _sharedSqliteFile;
    private readonly bool _ownsDatabase;

    private TestDatabase(DatabaseProvider provider, string appData, string? databaseName, string? sharedSqliteFile = null)
    {
        Provider = provider;
        AppData = appData;
        DatabaseName = databaseName;
        _sharedSqliteFile = sharedSqliteFile;
        _ownsDatabase = sharedSqliteFile is null;
    }

    public DatabaseProvider Provider { get; }

    public string AppData { get; }

    public string? DatabaseName { get; }

    public static DatabaseProvider ProviderFromEnvironment =>
        (Environment.GetEnvironmentVariable("WALKINGDRUM_TEST_DB") ?? "sqlite").ToLowerInvariant() switch
        {
            "postgres" or "postgresql" => DatabaseProvider.PostgreSql,
            "sqlite" => DatabaseProvider.Sqlite,
            var other => throw new InvalidOperationException($"WALKINGDRUM_TEST_DB='{other}' is neither sqlite nor postgres."),
        };

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("WALKINGDRUM_TEST_PG")
        ?? throw new InvalidOperationException(
            "WALKINGDRUM_TEST_DB=postgres needs WALKINGDRUM_TEST_PG, an admin connection string (eng/test.sh sets both).");

    /// <summary>The SQLite database file (by default in <see cref="AppData"/>).</summary>
    public string SqliteFile => _sharedSqliteFile ?? Path.Combine(AppData, "walkingdrum.db");

    public static async Task<TestDatabase> CreateAsync()
    {
        var appData = NewAppData();
        if (ProviderFromEnvironment == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(DatabaseProvider.Sqlite, appData, null);
        }

        var name = "wd_test_" + Guid.NewGuid().ToString("N");
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync();
        await using (var command = admin.CreateCommand())
        {
            command.CommandText = $"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AppRole}') THEN
                    CREATE ROLE {AppRole} LOGIN PASSWORD '{AppRole}' NOSUPERUSER NOBYPASSRLS;
                  END IF;
                END $$;
                """;
            try
            {
                await command.ExecuteNonQueryAsync();
            }
            catch (PostgresException ex) when (ex.SqlState is "23505" or "42710")
            {
                // Another test host created the role at the same moment.
            }
        }

        await using (var command = admin.CreateCommand())
        {
            command.CommandText = $"CREATE DATABASE {name}";
            await command.ExecuteNonQueryAsync();
        }

        return new TestDatabase(DatabaseProvider.PostgreSql, appData, name);
    }

    /// <summary>
    /// The same database seen from a second node: its own App_Data (mail archive, media), the
    /// database itself shared. Disposing it removes only its App_Data.
    /// </summary>
    public TestDatabase ForAnotherNode() => new(Provider, NewAppData(), DatabaseName, SqliteFile);

    private static string NewAppData()
    {
        var appData = Path.Combine(Path.GetTempPath(), "walkingdrum-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(appData);
        return appData;
    }

    /// <summary>Connection string as the superuser that owns the schema.</summary>
    public string OwnerConnectionString =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = DatabaseName }.ConnectionString;

    /// <summary>Connection string as the app's plain role, subject to row-level security.</summary>
    public string AppConnectionString =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = DatabaseName,
            Username = AppRole,
            Password = AppRole,
        }.ConnectionString;

    /// <summary>Counts every row of <paramref name="table"/>, bypassing filters and row-level security.</summary>
    public async Task<long> CountRowsAsync(string table)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(table, "^[a-z_]+$"))
        {
            throw new ArgumentException("Plain table names only.", nameof(table));
        }

        System.Data.Common.DbConnection connection = Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(OwnerConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={SqliteFile}");
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Row counts of the given tables, for "nothing was written" checks.</summary>
    public async Task<string> CountsAsync(params string[] tables)
    {
        var counts = new List<string>();
        foreach (var table in tables)
        {
            counts.Add($"{table}={await CountRowsAsync(table)}");
        }

        return string.Join(", ", counts);
    }

    public Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AppData"] = AppData,
            ["Database:Provider"] = Provider.ToString(),
        };
        if (Provider == DatabaseProvider.PostgreSql)
        {
            settings["ConnectionStrings:PostgreSql"] = AppConnectionString;
            settings["ConnectionStrings:PostgreSqlMigrations"] = OwnerConnectionString;
            settings["Database:AppRole"] = AppRole;
        }
        else if (_sharedSqliteFile is not null)
        {
            settings["ConnectionStrings:Sqlite"] = $"Data Source={_sharedSqliteFile};Default Timeout=30;Pooling=True";
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (DatabaseName is not null && _ownsDatabase)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(AdminConnectionString);
            await admin.OpenAsync();
            await using var command = admin.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background task; the temp folder is cleaned later.
        }
    }
}
