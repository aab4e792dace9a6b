using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Commerce.Services;

/// <summary>Published products as cards: cheapest variant's price and the first image.</summary>
internal sealed class ProductCards(WalkingDrumDbContext db, IContentImages images) : IProductCards
{
    public async Task<IReadOnlyList<ProductCard>> ListAsync(string? collectionSlug, int limit, CancellationToken cancellationToken)
    {
        var published = db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Active);
        IQueryable<Product> products;
        if (collectionSlug is null)
        {
            // Version-7 ids follow creation order; SQLite cannot order by DateTimeOffset (PublishedAt).
            products = published.OrderByDescending(p => p.Id);
        }
        else
        {
            products =
                from member in db.Set<CollectionProduct>()
                join collection in db.Set<Collection>() on member.CollectionId equals collection.Id
                join product in published on member.ProductId equals product.Id
                where collection.Slug == collectionSlug && collection.IsPublished
                orderby member.Position, product.Title
                select product;
        }

        var page = await products.Take(Math.Clamp(limit, 1, 100)).Include(p => p.Variants).ToListAsync(cancellationToken);
        return await ToCardsAsync(page, cancellationToken);
    }

    /// <summary>Cards for already loaded products (with variants), in the given order.</summary>
    public async Task<IReadOnlyList<ProductCard>> ToCardsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        var firstImages = await images.FirstImagesAsync(ContentTypes.Product, products.Select(p => p.Id).ToArray(), cancellationToken);
        return products.Where(p => p.Variants.Count > 0).Select(p =>
        {
            var cheapest = p.Variants.MinBy(v => v.PriceMinor)!;
            var image = firstImages.GetValueOrDefault(p.Id);
            return new ProductCard(p.Title, p.Slug, cheapest.Price, cheapest.CompareAtPrice, image?.Url, image?.Alt);
        }).ToArray();
    }
}
