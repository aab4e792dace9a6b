using Microsoft.Data.Sqlite;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>
/// The SQLite file behind the sandbox. Every unit of work runs alone and in one transaction, so an
/// API write, its events, its deliveries and its idempotency record commit together or not at all.
/// </summary>
internal sealed class SandboxStore : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS objects (
            account TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL,
            PRIMARY KEY (account, id));
        CREATE UNIQUE INDEX IF NOT EXISTS objects_id ON objects (id);
        CREATE INDEX IF NOT EXISTS objects_type ON objects (account, type, seq);
        CREATE INDEX IF NOT EXISTS objects_seq ON objects (seq);
        CREATE TABLE IF NOT EXISTS idempotency (
            account TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
            body TEXT NOT NULL, PRIMARY KEY (account, key));
        CREATE TABLE IF NOT EXISTS deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, event_id TEXT NOT NULL,
            endpoint_id TEXT NOT NULL, copy INTEGER NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL,
            next_at INTEGER NOT NULL, order_key INTEGER NOT NULL, last_status INTEGER, last_error TEXT);
        CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, next_at, order_key);
        CREATE INDEX IF NOT EXISTS deliveries_event ON deliveries (event_id, state);
        """;

    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    public SandboxStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    public async Task<T> RunAsync<T>(Func<StoreTransaction, T> work, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = connection.BeginTransaction();
            var result = work(new StoreTransaction(connection, transaction));
            transaction.Commit();
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        connection.Dispose();
        gate.Dispose();
    }
}
