using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Data;

/// <summary>Tables of subscriptions: the subscriptions themselves, their items and their timelines.</summary>
internal sealed class SubscriptionModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Subscription>(subscription =>
        {
            subscription.ToTable("Subscriptions");
            subscription.HasKey(s => new { s.TenantId, s.Id });
            subscription.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            subscription.Property(s => s.Currency).HasMaxLength(3);
            subscription.Property(s => s.Email).HasMaxLength(Subscription.MaxEmailLength);
            subscription.Property(s => s.ProcessorCustomerId).HasMaxLength(255);
            subscription.Property(s => s.PaymentMethodId).HasMaxLength(255);
            subscription.Property(s => s.CardBrand).HasMaxLength(40);
            subscription.Property(s => s.CardLast4).HasMaxLength(4);
            subscription.Property(s => s.PlanName).HasMaxLength(Subscription.MaxPlanNameLength);
            subscription.Property(s => s.IntervalUnit).HasConversion<string>().HasMaxLength(10);
            subscription.Property(s => s.CancelReason).HasMaxLength(Subscription.MaxCancelReasonLength);
            subscription.Property(s => s.CouponCode).HasMaxLength(40);
            subscription.Property(s => s.GiftRecipientEmail).HasMaxLength(Subscription.MaxEmailLength);
            subscription.Property(s => s.GiftMessage).HasMaxLength(Subscription.MaxGiftMessageLength);
            subscription.Property(s => s.GiftEndBehavior).HasConversion<string>().HasMaxLength(20);
            subscription.Property(s => s.Version).IsConcurrencyToken();
            foreach (var computed in new[] { nameof(Subscription.Interval), nameof(Subscription.Plan), nameof(Subscription.HasEnded),
                nameof(Subscription.IsGift), nameof(Subscription.HasCoupon), nameof(Subscription.CreditBalance),
                nameof(Subscription.SetupFeePaid), nameof(Subscription.CurrentPeriodPaid), nameof(Subscription.CyclePrice) })
            {
                subscription.Ignore(computed);
            }

            // The billing runner's queue: due renewals by status; retries and period ends read the same index by status.
            subscription.HasIndex(s => new { s.TenantId, s.Status, s.NextBillingAt });
            subscription.HasIndex(s => new { s.TenantId, s.Email });
            subscription.HasIndex(s => new { s.TenantId, s.UserId });
            subscription.HasIndex(s => new { s.TenantId, s.OriginOrderId });
            subscription.HasMany(s => s.Items).WithOne().HasForeignKey(i => new { i.TenantId, i.SubscriptionId }).OnDelete(DeleteBehavior.Cascade);
            subscription.HasMany(s => s.Events).WithOne().HasForeignKey(e => new { e.TenantId, e.SubscriptionId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SubscriptionItem>(item =>
        {
            item.ToTable("SubscriptionItems");
            item.HasKey(i => new { i.TenantId, i.SubscriptionId, i.Id });
            item.Property(i => i.Title).HasMaxLength(SubscriptionItem.MaxTitleLength);
            item.Property(i => i.Currency).HasMaxLength(3);
            item.Ignore(i => i.UnitPrice);
            item.Ignore(i => i.CyclePrice);
            // Which subscriptions renew a variant, for the admin and for price changes.
            item.HasIndex(i => new { i.TenantId, i.VariantId });
        });

        modelBuilder.Entity<SubscriptionEvent>(entry =>
        {
            entry.ToTable("SubscriptionEvents");
            entry.HasKey(e => new { e.TenantId, e.Id });
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
            entry.Property(e => e.Text).HasMaxLength(SubscriptionEvent.MaxTextLength);
            entry.Property(e => e.Actor).HasConversion<string>().HasMaxLength(20);
            // One entry per change, in order; a second writer of the same version fails here as well as on the subscription.
            entry.HasIndex(e => new { e.TenantId, e.SubscriptionId, e.SubscriptionVersion }).IsUnique();
        });
    }
}
