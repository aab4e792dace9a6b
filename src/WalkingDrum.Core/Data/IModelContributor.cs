using Microsoft.EntityFrameworkCore;

namespace WalkingDrum.Core.Data;

/// <summary>
/// A module's share of the one DbContext model: its entity configurations. Core never names a
/// module; modules register contributors in their startup.
/// </summary>
public interface IModelContributor
{
    /// <summary>Adds the module's entities to <paramref name="modelBuilder"/>.</summary>
    void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider);
}
