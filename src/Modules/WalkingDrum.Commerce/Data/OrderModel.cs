using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Data;

/// <summary>Tables of checkout: shipping and tax rates, checkout drafts, orders and their lines, notes and refunds.</summary>
internal sealed class OrderModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<ShippingRate>(rate =>
        {
            rate.ToTable("ShippingRates");
            rate.HasKey(r => new { r.TenantId, r.Id });
            rate.Property(r => r.Name).HasMaxLength(ShippingRate.MaxNameLength);
            rate.Property(r => r.Countries).HasMaxLength(1000);
            rate.Property(r => r.Currency).HasMaxLength(3);
            rate.Ignore(r => r.Price);
            rate.Ignore(r => r.FreeOver);
            rate.Ignore(r => r.CountryCodes);
        });

        modelBuilder.Entity<TaxRate>(rate =>
        {
            rate.ToTable("TaxRates");
            rate.HasKey(r => new { r.TenantId, r.Id });
            rate.Property(r => r.CountryCode).HasMaxLength(2);
            rate.Property(r => r.Name).HasMaxLength(TaxRate.MaxNameLength);
            rate.HasIndex(r => new { r.TenantId, r.CountryCode }).IsUnique();
        });

        modelBuilder.Entity<CheckoutDraft>(draft =>
        {
            draft.ToTable("CheckoutDrafts");
            draft.HasKey(d => new { d.TenantId, d.Id });
            draft.Property(d => d.Fingerprint).HasMaxLength(64);
            draft.Property(d => d.Email).HasMaxLength(256);
            draft.Property(d => d.CouponCode).HasMaxLength(Coupon.MaxCodeLength);
            draft.Property(d => d.ShippingMethod).HasMaxLength(ShippingRate.MaxNameLength);
            draft.Property(d => d.TaxLabel).HasMaxLength(80);
            draft.Property(d => d.Currency).HasMaxLength(3);
            draft.Property(d => d.SessionId).HasMaxLength(255);
            draft.Property(d => d.SessionUrl).HasMaxLength(2000);
            draft.Property(d => d.StorefrontUrl).HasMaxLength(500);
            draft.Ignore(d => d.Total);
            draft.HasIndex(d => new { d.TenantId, d.Fingerprint }).IsUnique();
            draft.HasIndex(d => new { d.TenantId, d.CreatedAt });
        });

        modelBuilder.Entity<Order>(order =>
        {
            order.ToTable("Orders");
            order.HasKey(o => new { o.TenantId, o.Id });
            order.Property(o => o.CheckoutSessionId).HasMaxLength(255);
            order.Property(o => o.PaymentId).HasMaxLength(255);
            order.Property(o => o.Email).HasMaxLength(256);
            order.Property(o => o.PaymentStatus).HasConversion<string>().HasMaxLength(20);
            order.Property(o => o.FulfillmentStatus).HasConversion<string>().HasMaxLength(20);
            order.Property(o => o.Currency).HasMaxLength(3);
            order.Property(o => o.CouponCode).HasMaxLength(Coupon.MaxCodeLength);
            order.Property(o => o.ShippingMethod).HasMaxLength(ShippingRate.MaxNameLength);
            order.Property(o => o.TaxLabel).HasMaxLength(80);
            foreach (var line in new[] { nameof(Order.ShippingName), nameof(Order.ShippingLine1), nameof(Order.ShippingLine2),
                nameof(Order.ShippingCity), nameof(Order.ShippingRegion), nameof(Order.ShippingPostalCode) })
            {
                order.Property(line).HasMaxLength(PostalAddress.MaxLineLength);
            }

            order.Property(o => o.ShippingCountry).HasMaxLength(2);
            order.Property(o => o.Version).IsConcurrencyToken();
            foreach (var computed in new[] { nameof(Order.Subtotal), nameof(Order.Discount), nameof(Order.Shipping), nameof(Order.Tax),
                nameof(Order.Total), nameof(Order.Refunded), nameof(Order.Refundable), nameof(Order.ShippingAddress) })
            {
                order.Ignore(computed);
            }

            order.HasIndex(o => new { o.TenantId, o.CheckoutSessionId }).IsUnique();
            order.HasIndex(o => new { o.TenantId, o.Number }).IsUnique();
            order.HasIndex(o => new { o.TenantId, o.PlacedAt });
            order.HasIndex(o => new { o.TenantId, o.Email });
            // Refund reports name the payment.
            order.HasIndex(o => new { o.TenantId, o.PaymentId });
            // No foreign key to the account: an order outlives it, and SET NULL would also clear the tenant column.
            order.HasIndex(o => new { o.TenantId, o.UserId });
            order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => new { l.TenantId, l.OrderId }).OnDelete(DeleteBehavior.Cascade);
            order.HasMany(o => o.Notes).WithOne().HasForeignKey(n => new { n.TenantId, n.OrderId }).OnDelete(DeleteBehavior.Cascade);
            order.HasMany(o => o.Refunds).WithOne().HasForeignKey(r => new { r.TenantId, r.OrderId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OrderLine>(line =>
        {
            line.ToTable("OrderLines");
            line.HasKey(l => new { l.TenantId, l.OrderId, l.Position });
            line.Property(l => l.Title).HasMaxLength(600);
            line.Property(l => l.Sku).HasMaxLength(100);
            line.Property(l => l.PurchaseOption).HasMaxLength(CartLine.MaxPurchaseOptionLength);
            line.Property(l => l.Currency).HasMaxLength(3);
            line.Ignore(l => l.UnitPrice);
            line.Ignore(l => l.LineTotal);
            line.HasIndex(l => new { l.TenantId, l.VariantId });
        });

        modelBuilder.Entity<OrderNote>(note =>
        {
            note.ToTable("OrderNotes");
            note.HasKey(n => new { n.TenantId, n.Id });
            note.Property(n => n.Text).HasMaxLength(OrderNote.MaxTextLength);
            note.Property(n => n.Author).HasMaxLength(256);
        });

        modelBuilder.Entity<OrderRefund>(refund =>
        {
            refund.ToTable("OrderRefunds");
            refund.HasKey(r => new { r.TenantId, r.Id });
            refund.Property(r => r.ProcessorRefundId).HasMaxLength(255);
            refund.Property(r => r.Currency).HasMaxLength(3);
            refund.Property(r => r.Status).HasMaxLength(40);
            refund.Property(r => r.Reason).HasMaxLength(500);
            refund.Property(r => r.Author).HasMaxLength(256);
            refund.Ignore(r => r.Amount);
            refund.HasIndex(r => new { r.TenantId, r.ProcessorRefundId }).IsUnique();
        });
    }
}
