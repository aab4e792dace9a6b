namespace WalkingDrum.Core.Data;

/// <summary>The relational engines Walking-Drum runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded zero-configuration default: one file under App_Data.</summary>
    Sqlite,

    /// <summary>Production: row-level security backs the query filters.</summary>
    PostgreSql,
}
