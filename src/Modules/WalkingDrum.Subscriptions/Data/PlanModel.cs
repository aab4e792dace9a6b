using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Data;

/// <summary>Tables of subscription plans and the per-product subscription settings.</summary>
internal sealed class PlanModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<SubscriptionPlan>(plan =>
        {
            plan.ToTable("SubscriptionPlans");
            plan.HasKey(p => new { p.TenantId, p.Id });
            plan.Property(p => p.Name).HasMaxLength(60);
            plan.Property(p => p.IntervalUnit).HasConversion<string>().HasMaxLength(10);
            plan.Property(p => p.Currency).HasMaxLength(3);
            plan.Ignore(p => p.FixedPrice);
            plan.Ignore(p => p.SetupFee);
            plan.HasIndex(p => new { p.TenantId, p.ProductId, p.Position });
            plan.HasOne<Product>().WithMany().HasForeignKey(p => new { p.TenantId, p.ProductId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ProductSubscriptionSettings>(settings =>
        {
            settings.ToTable("ProductSubscriptionSettings");
            settings.HasKey(s => new { s.TenantId, s.ProductId });
            settings.HasOne<Product>().WithMany().HasForeignKey(s => new { s.TenantId, s.ProductId }).OnDelete(DeleteBehavior.Cascade);
            // No foreign key to the box's collection: Commerce deletes collections without knowing
            // boxes, and a composite key cannot be set null without nulling tenant_id. A box whose
            // collection is gone offers no choices until the merchant picks another.
        });
    }
}
