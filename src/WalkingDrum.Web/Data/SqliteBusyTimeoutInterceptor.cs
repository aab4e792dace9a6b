using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WalkingDrum.Web.Data;

/// <summary>
/// SQLite only: lets SQLite itself wait for the write lock. Microsoft.Data.Sqlite retries a busy
/// database by sleeping 150 ms between attempts, so two writers that meet (the webhook inbox's
/// commits and its processor's updates, a checkout and a cart save) cost the loser 150 ms even when
/// the lock is free again after one. SQLite's own busy handler retries after 1, 2, 5, 10… ms, so the
/// loser waits about as long as the winner holds the lock. The limit matches the command timeout.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand CreateCommand(DbConnection connection)
    {
        var timeoutMs = connection is SqliteConnection sqlite ? sqlite.DefaultTimeout * 1000 : 30_000;
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {timeoutMs}";
        return command;
    }
}
