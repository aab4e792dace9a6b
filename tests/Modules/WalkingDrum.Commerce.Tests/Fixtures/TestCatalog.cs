using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Core.Text;
using WalkingDrum.Testing;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>Writes catalog rows straight to the database and announces them as the catalog does.</summary>
public static class TestCatalog
{
    /// <summary>Adds a product with one variant at <paramref name="priceMinor"/> in the shop's currency.</summary>
    public static Task<Guid> AddProductAsync(
        WalkingDrumApp app, TestShop shop, string title, long priceMinor, string description = "",
        string[]? tags = null, string[]? collections = null, ProductStatus status = ProductStatus.Active, bool announce = true) =>
        InShopAsync(app, shop, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            var currency = (await services.GetRequiredService<IStoreProfileReader>().GetAsync()).Currency;
            var now = DateTimeOffset.UtcNow;
            var product = new Product
            {
                Title = title,
                Slug = Slugs.FromTitle(title) + "-" + Guid.NewGuid().ToString("N")[..6],
                DescriptionHtml = description,
                Status = status,
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = status == ProductStatus.Active ? now : null,
            };
            product.Variants.Add(new ProductVariant { Price = new Amount(priceMinor, currency) });
            foreach (var tag in tags ?? [])
            {
                product.Tags.Add(new ProductTag { Tag = tag });
            }

            db.Add(product);
            foreach (var slug in collections ?? [])
            {
                var collection = await db.Set<Collection>().FirstOrDefaultAsync(c => c.Slug == slug);
                if (collection is null)
                {
                    collection = new Collection { Title = slug.ToUpperInvariant(), Slug = slug, IsPublished = true, CreatedAt = now, UpdatedAt = now };
                    db.Add(collection);
                }

                db.Add(new CollectionProduct { CollectionId = collection.Id, ProductId = product.Id });
            }

            await db.SaveChangesAsync();
            if (announce)
            {
                await AnnounceAsync(services, shop, product.Id, status == ProductStatus.Active ? ContentChange.Published : ContentChange.Saved);
            }

            return product.Id;
        });

    /// <summary>Changes a product's status and announces the change.</summary>
    public static Task SetStatusAsync(WalkingDrumApp app, TestShop shop, Guid productId, ProductStatus status) =>
        InShopAsync(app, shop, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            var product = await db.Set<Product>().SingleAsync(p => p.Id == productId);
            product.Status = status;
            await db.SaveChangesAsync();
            await AnnounceAsync(services, shop, productId, status == ProductStatus.Active ? ContentChange.Published : ContentChange.Unpublished);
            return true;
        });

    /// <summary>Deletes a product and announces it.</summary>
    public static Task DeleteAsync(WalkingDrumApp app, TestShop shop, Guid productId) =>
        InShopAsync(app, shop, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            db.Remove(await db.Set<Product>().SingleAsync(p => p.Id == productId));
            await db.SaveChangesAsync();
            await AnnounceAsync(services, shop, productId, ContentChange.Deleted);
            return true;
        });

    public static Task<T> InShopAsync<T>(WalkingDrumApp app, TestShop shop, Func<IServiceProvider, Task<T>> work) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, work);

    private static Task AnnounceAsync(IServiceProvider services, TestShop shop, Guid productId, ContentChange change) =>
        services.GetRequiredService<DomainEvents>().PublishAsync(
            new ContentItemChanged(shop.Tenant.Id, new ContentItemKey(ContentTypes.Product, productId), change));
}
