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
            modelBuilder.Entity<Page>(page =>
        {
            page.ToTable("Pages");
            page.HasKey(p => new { p.TenantId, p.Id });
            page.Property(p => p.Title).HasMaxLength(200);
            page.Property(p => p.Slug).HasMaxLength(120);
            page.HasIndex(p => new { p.TenantId, p.Slug }).IsUnique();
            page.HasIndex(p => new { p.TenantId, p.UpdatedAt });
        });

        modelBuilder.Entity<PageVersion>(version =>
        {
            version.ToTable("PageVersions");
            version.HasKey(v => new { v.TenantId, v.PageId, v.Number });
            version.Property(v => v.Title).HasMaxLength(200);
            version.Property(v => v.Slug).HasMaxLength(120);
            version.Property(v => v.Author).HasMaxLength(256);
            version.HasOne<Page>().WithMany().HasForeignKey(v => new { v.TenantId, v.PageId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Menu>(menu =>
        {
            menu.ToTable("Menus");
            menu.HasKey(m => new { m.TenantId, m.Handle });
            menu.Property(m => m.Handle).HasMaxLength(40);
        });

        modelBuilder.Entity<SeoMetadata>(seo =>
        {
            seo.ToTable("SeoMetadata");
            seo.HasKey(s => new { s.TenantId, s.ContentType, s.ItemId });
            seo.Property(s => s.ContentType).HasMaxLength(40);
            seo.Property(s => s.Title).HasMaxLength(200);
            seo.Property(s => s.Description).HasMaxLength(500);
        });

        modelBuilder.Entity<ThemeSettings>(theme =>
        {
            theme.ToTable("ThemeSettings");
            theme.HasKey(t => t.TenantId);
            theme.Property(t => t.PrimaryColor).HasMaxLength(7);
            theme.Property(t => t.AccentColor).HasMaxLength(7);
            theme.Property(t => t.BackgroundColor).HasMaxLength(7);
            theme.Property(t => t.TextColor).HasMaxLength(7);
            theme.Property(t => t.HeadingFont).HasMaxLength(40);
            theme.Property(t => t.BodyFont).HasMaxLength(40);
            theme.Property(t => t.HeroHeading).HasMaxLength(200);
            theme.Property(t => t.HeroText).HasMaxLength(500);
            theme.Property(t => t.HeroCtaLabel).HasMaxLength(60);
            theme.Property(t => t.HeroCtaUrl).HasMaxLength(300);
        });

        modelBuilder.Entity<TemplateOverride>(template =>
        {
            template.ToTable("TemplateOverrides");
            template.HasKey(t => new { t.TenantId, t.TemplateName });
            template.Property(t => t.TemplateName).HasMaxLength(60);
            template.Property(t => t.LastRenderError).HasMaxLength(2000);
            template.Property(t => t.UpdatedBy).HasMaxLength(256);
        });
    }
}
