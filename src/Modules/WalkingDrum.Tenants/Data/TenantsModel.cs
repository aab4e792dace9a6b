using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Data;

/// <summary>The host registry tables: tenants and their custom domains.</summary>
internal sealed class TenantsModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.ToTable("Tenants");
            tenant.HasKey(t => t.Id);
            var name = tenant.Property(t => t.Name).HasMaxLength(63);
            if (provider == DatabaseProvider.PostgreSql)
            {
                // Byte order keeps "name LIKE 'prefix%'" and keyset paging on the plain index.
                name.UseCollation("C");
            }

            tenant.HasIndex(t => t.Name).IsUnique();
            tenant.Property(t => t.DisplayName).HasMaxLength(80);
            tenant.Property(t => t.Plan).HasMaxLength(40);
            tenant.Property(t => t.OwnerEmail).HasMaxLength(254);
            tenant.Property(t => t.Recipe).HasMaxLength(40);
            tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
            tenant.HasMany(t => t.Domains).WithOne().HasForeignKey(d => d.TenantId);
        });

        modelBuilder.Entity<TenantDomain>(domain =>
        {
            domain.ToTable("TenantDomains");
            domain.HasKey(d => d.Host);
            domain.Property(d => d.Host).HasMaxLength(253);
            domain.HasIndex(d => d.TenantId);
        });
    }
}
