using WalkingDrum.Core.Data;

namespace WalkingDrum.Web.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations (and row-level security) when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// PostgreSQL login role the app connects as; granted data access after migrations. It must
    /// not own the tables nor bypass row-level security.
    /// </summary>
    public string? AppRole { get; set; }
}
