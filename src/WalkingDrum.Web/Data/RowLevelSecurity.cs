using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Web.Data;

/// <summary>
/// PostgreSQL row-level security derived from the model: every table of an
/// <see cref="ITenantOwned"/> entity is forced to show and accept only the rows of the tenant
/// named by the connection's <c>app.tenant_id</c> setting. Idempotent; runs after every migration,
/// so a module's new table is covered without a hand-written policy.
/// </summary>
public static partial class RowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";

    private const string TenantPredicate = "tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid";

    public static IReadOnlyList<string> TenantTables(DbContext db) =>
        [.. db.Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType))
            .Select(e => e.GetTableName())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public static async Task EnforceAsync(DbContext db, string? appRole, CancellationToken cancellationToken)
    {
        foreach (var table in TenantTables(db))
        {
            var quoted = Identifier(table);
#pragma warning disable EF1002 // Identifiers come from the model and are validated by Identifier().
            await db.Database.ExecuteSqlRawAsync(
                $"""
                ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY;
                ALTER TABLE {quoted} FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS {PolicyName} ON {quoted};
                CREATE POLICY {PolicyName} ON {quoted} USING ({TenantPredicate}) WITH CHECK ({TenantPredicate});
                """,
                cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(appRole))
        {
            var role = Identifier(appRole);
            await db.Database.ExecuteSqlRawAsync(
                $"""
                GRANT USAGE ON SCHEMA public TO {role};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
                """,
                cancellationToken);
#pragma warning restore EF1002
        }
    }

    private static string Identifier(string name) =>
        SafeIdentifier().IsMatch(name) ? $"\"{name}\"" : throw new ArgumentException($"'{name}' is not a plain SQL identifier.", nameof(name));

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SafeIdentifier();
}
