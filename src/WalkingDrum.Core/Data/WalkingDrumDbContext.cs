using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Core.Data;

/// <summary>
/// The one DbContext. Identity, data-protection and shop sequence tables are defined here; every module adds
/// its entities through an <see cref="IModelContributor"/>. Tenant-owned entities get a global
/// query filter on the current tenant, and writes to another tenant's rows are refused.
/// </summary>
public sealed class WalkingDrumDbContext(
    DbContextOptions<WalkingDrumDbContext> options,
    ITenantContext tenantContext,
    IEnumerable<IModelContributor> contributors) : DbContext(options), IDataProtectionKeyContext
{
    private static readonly MethodInfo ApplyTenantFilterMethod =
        typeof(WalkingDrumDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>The tenant every query is filtered to; <see cref="Guid.Empty"/> at the host.</summary>
    public Guid CurrentTenantId => tenantContext.TenantId;

    /// <summary>Which engine this context talks to.</summary>
    public DatabaseProvider Provider => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
        ? DatabaseProvider.PostgreSql
        : DatabaseProvider.Sqlite;

    /// <inheritdoc />
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        IdentityModel.Configure(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        ShopSequenceModel.Configure(modelBuilder);
        foreach (var contributor in contributors)
        {
            contributor.Contribute(modelBuilder, Provider);
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                ApplyTenantFilterMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
            }
        }

        SnakeCaseNaming.Apply(modelBuilder);
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void ApplyTenantFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ITenantOwned =>
        modelBuilder.Entity<TEntity>().HasQueryFilter(e => e.TenantId == CurrentTenantId);

    // A second guard beside the query filter: new rows take the scope's tenant, and no change may
    // touch a row that belongs to another tenant.
    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
            {
                entry.Entity.TenantId = CurrentTenantId;
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.TenantId != CurrentTenantId)
            {
                throw new InvalidOperationException(
                    $"Refused to write a {entry.Metadata.ClrType.Name} of another tenant.");
            }
        }
    }
}
