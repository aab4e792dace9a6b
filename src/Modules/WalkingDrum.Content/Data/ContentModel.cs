using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Data;

/// <summary>Tables of the Content module.</summary>
internal sealed class ContentModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<MediaAsset>(media =>
        {
            media.ToTable("MediaAssets");
            media.HasKey(m => new { m.TenantId, m.Id });
            media.Property(m => m.FileName).HasMaxLength(255);
            media.Property(m => m.ContentType).HasMaxLength(100);
            media.Property(m => m.Alt).HasMaxLength(250);
            media.Property(m => m.VariantWidths).HasMaxLength(100);
            media.Ignore(m => m.Widths);
            media.HasIndex(m => new { m.TenantId, m.CreatedAt });
        });

        modelBuilder.Entity<ContentImage>(image =>
        {
            image.ToTable("ContentImages");
            image.HasKey(i => new { i.TenantId, i.ContentType, i.ItemId, i.MediaId });
            image.Property(i => i.ContentType).HasMaxLength(40);
            image.HasIndex(i => new { i.TenantId, i.ContentType, i.ItemId, i.Position });
            image.HasOne<MediaAsset>().WithMany().HasForeignKey(i => new { i.TenantId, i.MediaId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StorefrontRedirect>(redirect =>
        {
            redirect.ToTable("StorefrontRedirects");
            redirect.HasKey(r => new { r.TenantId, r.FromPath });
            redirect.Property(r => r.FromPath).HasMaxLength(300);
            redirect.Property(r => r.ToPath).HasMaxLength(300);
            redirect.HasIndex(r => new { r.TenantId, r.ToPath });
        });
    }
}
