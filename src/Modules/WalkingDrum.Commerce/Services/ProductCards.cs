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
    /// <summary>Most cards one call returns.</summary>
    public const int MaxCards = 100;

    public async Task<IReadOnlyList<ProductCard>> ListAsync(string? collectionSlug, int limit, CancellationToken cancellationToken)
    {
        var published = db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Active);
        IQueryable<Product> products;
        if (collectionSlug is null)
        {
            // Ids are version-7 GUIDs: descending id is newest first on both databases.
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

        var page = await products.Take(Math.Clamp(limit, 1, MaxCards)).Include(p => p.Variants).AsSplitQuery().ToListAsync(cancellationToken);
        return await ToCardsAsync(page, cancellationToken);
    }

    public async Task<IReadOnlyList<ProductCard>> FindAsync(IReadOnlyList<Guid> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        var wanted = productIds.Distinct().Take(MaxCards).ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }

        var found = await db.Set<Product>().AsNoTracking()
            .Where(p => wanted.Contains(p.Id) && p.Status == ProductStatus.Active)
            .Include(p => p.Variants).AsSplitQuery().ToListAsync(cancellationToken);
        var ordered = wanted.Select(id => found.Find(p => p.Id == id)).OfType<Product>().ToArray();
        return await ToCardsAsync(ordered, cancellationToken);
    }

    /// <summary>Cards for already loaded products (with variants), in the given order.</summary>
    public async Task<IReadOnlyList<ProductCard>> ToCardsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        var firstImages = await images.FirstImagesAsync(ContentTypes.Product, products.Select(p => p.Id).ToArray(), cancellationToken);
        return products.Where(p => p.Variants.Count > 0).Select(p =>
        {
            var cheapest = p.Variants.MinBy(v => v.PriceMinor)!;
            var image = firstImages.GetValueOrDefault(p.Id);
            var compareAt = cheapest.CompareAtPrice is { } c && c.MinorUnits > cheapest.PriceMinor ? c : (Core.Money.Amount?)null;
            return new ProductCard(p.Title, p.Slug, cheapest.Price, compareAt, image?.Url, image?.Alt);
        }).ToArray();
    }
}
