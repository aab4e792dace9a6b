using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Data;

/// <summary>
/// SQLite keeps a <see cref="DateTimeOffset"/> as text, and EF Core refuses to compare such columns
/// there (text order is wrong across offsets). SQLite's <c>unixepoch()</c> reads that text, offset
/// included, as whole seconds since 1970, which compare correctly. PostgreSQL compares
/// <c>timestamptz</c> itself, so the function is mapped on SQLite only.
/// </summary>
internal sealed class SqliteDates : IModelContributor
{
    /// <summary>Whole seconds since 1970 of a stored moment; usable only inside a query on SQLite.</summary>
    public static long UnixSeconds(DateTimeOffset moment) =>
        throw new NotSupportedException($"{nameof(UnixSeconds)}({moment:O}) runs only inside a query on SQLite.");

    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            modelBuilder.HasDbFunction(typeof(SqliteDates).GetMethod(nameof(UnixSeconds))!).HasName("unixepoch").IsBuiltIn();
        }
    }
}
