using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WalkingDrum.Core.Data;

/// <summary>
/// PostgreSQL only: tells the database which tenant a connection works for, so row-level
/// security hides other tenants' rows even from a query that forgot the filter. Always writes a
/// value (empty at no tenant) because pooled connections are reset between uses.
/// </summary>
public sealed class TenantSessionInterceptor : DbConnectionInterceptor
{
    private const string SetTenantSql = "SELECT set_config('app.tenant_id', @tenant, false)";

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection, eventData);
        command.ExecuteScalar();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection, eventData);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static DbCommand CreateCommand(DbConnection connection, ConnectionEndEventData eventData)
    {
        var tenantId = eventData.Context is WalkingDrumDbContext db ? db.CurrentTenantId : Guid.Empty;
        var command = connection.CreateCommand();
        command.CommandText = SetTenantSql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = tenantId.ToString();
        command.Parameters.Add(parameter);
        return command;
    }
}
