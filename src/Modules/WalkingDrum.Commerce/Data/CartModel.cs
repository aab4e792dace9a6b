using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Data;

/// <summary>Tables of carts and coupons.</summary>
internal sealed class CartModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Cart>(cart =>
        {
            cart.ToTable("Carts");
            cart.HasKey(c => new { c.TenantId, c.Id });
            cart.Property(c => c.TokenHash).HasMaxLength(64);
            cart.Property(c => c.CouponCode).HasMaxLength(Coupon.MaxCodeLength);
            // Both engines let several rows leave a unique column empty, so anonymous and owned carts share the table.
            cart.HasIndex(c => new { c.TenantId, c.TokenHash }).IsUnique();
            cart.HasIndex(c => new { c.TenantId, c.UserId }).IsUnique();
            cart.HasIndex(c => new { c.TenantId, c.UpdatedAt });
            cart.HasOne<ShopUser>().WithMany().HasForeignKey(c => new { c.TenantId, c.UserId }).OnDelete(DeleteBehavior.Cascade);
            cart.HasMany(c => c.Lines).WithOne()
                .HasForeignKey(l => new { l.TenantId, l.CartId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CartLine>(line =>
        {
            line.ToTable("CartLines");
            line.HasKey(l => new { l.TenantId, l.CartId, l.Id });
            line.Property(l => l.Title).HasMaxLength(600);
            line.Property(l => l.PurchaseOption).HasMaxLength(CartLine.MaxPurchaseOptionLength);
            // One line per variant and option. A unique index never matches two NULLs, so the
            // one-time lines get an index of their own.
            line.HasIndex(l => new { l.TenantId, l.CartId, l.VariantId }).IsUnique().HasFilter("purchase_option IS NULL");
            line.HasIndex(l => new { l.TenantId, l.CartId, l.VariantId, l.PurchaseOption }).IsUnique()
                .HasFilter("purchase_option IS NOT NULL");
        });

        modelBuilder.Entity<Coupon>(coupon =>
        {
            coupon.ToTable("Coupons");
            coupon.HasKey(c => new { c.TenantId, c.Id });
            coupon.Property(c => c.Code).HasMaxLength(Coupon.MaxCodeLength);
            coupon.Property(c => c.NormalizedCode).HasMaxLength(Coupon.MaxCodeLength);
            coupon.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            coupon.Property(c => c.Duration).HasConversion<string>().HasMaxLength(20);
            coupon.Property(c => c.Currency).HasMaxLength(3);
            coupon.Ignore(c => c.AmountOff);
            coupon.Ignore(c => c.MinimumSubtotal);
            coupon.HasIndex(c => new { c.TenantId, c.NormalizedCode }).IsUnique();
        });
    }
}
