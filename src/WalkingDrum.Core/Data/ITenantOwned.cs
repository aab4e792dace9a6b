namespace WalkingDrum.Core.Data;

/// <summary>
/// Marks an entity owned by one tenant. Its table gets <c>tenant_id</c> leading the primary key,
/// a global query filter, and on PostgreSQL a row-level security policy.
/// </summary>
public interface ITenantOwned
{
    /// <summary>The owning tenant; filled from the current scope when left empty on insert.</summary>
    Guid TenantId { get; set; }
}
