using Microsoft.EntityFrameworkCore;

namespace WalkingDrum.Core.Data;

/// <summary>The shops' counters (<c>shop_sequences</c>), keyed by shop and name.</summary>
internal static class ShopSequenceModel
{
    public static void Configure(ModelBuilder builder) =>
        builder.Entity<ShopSequence>(sequence =>
        {
            sequence.ToTable("ShopSequences");
            sequence.HasKey(s => new { s.TenantId, s.Name });
            sequence.Property(s => s.Name).HasMaxLength(ShopSequence.MaxNameLength);
        });
}
