using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Data;

/// <summary>Tables of the catalog.</summary>
internal sealed class CatalogModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Product>(product =>
        {
            product.ToTable("Products");
            product.HasKey(p => new { p.TenantId, p.Id });
            product.Property(p => p.Title).HasMaxLength(200);
            product.Property(p => p.Slug).HasMaxLength(120);
            product.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            product.Property(p => p.Option1Name).HasMaxLength(40);
            product.Property(p => p.Option2Name).HasMaxLength(40);
            product.Property(p => p.Option3Name).HasMaxLength(40);
            product.Ignore(p => p.OptionNames);
            product.HasIndex(p => new { p.TenantId, p.Slug }).IsUnique();
            product.HasIndex(p => new { p.TenantId, p.Status, p.CreatedAt });
            product.HasMany(p => p.Variants).WithOne()
                .HasForeignKey(v => new { v.TenantId, v.ProductId }).OnDelete(DeleteBehavior.Cascade);
            product.HasMany(p => p.Tags).WithOne()
                .HasForeignKey(t => new { t.TenantId, t.ProductId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ProductVariant>(variant =>
        {
            variant.ToTable("ProductVariants");
            variant.HasKey(v => new { v.TenantId, v.Id });
            variant.Property(v => v.Option1).HasMaxLength(100);
            variant.Property(v => v.Option2).HasMaxLength(100);
            variant.Property(v => v.Option3).HasMaxLength(100);
            variant.Property(v => v.Sku).HasMaxLength(64);
            variant.Property(v => v.Currency).HasMaxLength(3);
            variant.Ignore(v => v.Price);
            variant.Ignore(v => v.CompareAtPrice);
            variant.Ignore(v => v.OptionValues);
            variant.HasIndex(v => new { v.TenantId, v.Sku }).IsUnique();
            variant.HasIndex(v => new { v.TenantId, v.ProductId, v.Position });
        });

        modelBuilder.Entity<ProductTag>(tag =>
        {
            tag.ToTable("ProductTags");
            tag.HasKey(t => new { t.TenantId, t.ProductId, t.Tag });
            tag.Property(t => t.Tag).HasMaxLength(60);
            tag.HasIndex(t => new { t.TenantId, t.Tag });
        });

        modelBuilder.Entity<Collection>(collection =>
        {
            collection.ToTable("Collections");
            collection.HasKey(c => new { c.TenantId, c.Id });
            collection.Property(c => c.Title).HasMaxLength(200);
            collection.Property(c => c.Slug).HasMaxLength(120);
            collection.HasIndex(c => new { c.TenantId, c.Slug }).IsUnique();
        });

        modelBuilder.Entity<CollectionProduct>(member =>
        {
            member.ToTable("CollectionProducts");
            member.HasKey(m => new { m.TenantId, m.CollectionId, m.ProductId });
            member.HasIndex(m => new { m.TenantId, m.ProductId });
            member.HasIndex(m => new { m.TenantId, m.CollectionId, m.Position });
            member.HasOne<Collection>().WithMany().HasForeignKey(m => new { m.TenantId, m.CollectionId }).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<Product>().WithMany().HasForeignKey(m => new { m.TenantId, m.ProductId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ProductField>(field =>
        {
            field.ToTable("ProductFields");
            field.HasKey(f => new { f.TenantId, f.ProductId, f.Name });
            field.Property(f => f.Name).HasMaxLength(60);
            field.Property(f => f.Value).HasMaxLength(2000);
            field.HasOne<Product>().WithMany().HasForeignKey(f => new { f.TenantId, f.ProductId }).OnDelete(DeleteBehavior.Cascade);
        });
            modelBuilder.Entity<CatalogImport>(import =>
        {
            import.ToTable("CatalogImports");
            import.HasKey(i => new { i.TenantId, i.Id });
            import.Property(i => i.FileName).HasMaxLength(255);
            import.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            import.Property(i => i.FailureMessage).HasMaxLength(1000);
            import.Property(i => i.CreatedBy).HasMaxLength(256);
            import.HasIndex(i => new { i.TenantId, i.CreatedAt });
            import.HasIndex(i => i.Status);
        });
    }
}
