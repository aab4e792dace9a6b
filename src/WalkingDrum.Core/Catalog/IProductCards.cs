using WalkingDrum.Core.Money;

namespace WalkingDrum.Core.Catalog;

/// <summary>A published product as a card in a grid (storefront blocks, search results).</summary>
/// <param name="Title">Product title.</param>
/// <param name="Slug">URL slug; the product lives at <c>/products/{slug}</c>.</param>
/// <param name="Price">Lowest price among its variants.</param>
/// <param name="CompareAtPrice">Former price shown struck through, if any.</param>
/// <param name="ImageUrl">Card image (a responsive variant), if any.</param>
/// <param name="ImageAlt">Alternative text of the image.</param>
public sealed record ProductCard(string Title, string Slug, Amount Price, Amount? CompareAtPrice, string? ImageUrl, string? ImageAlt);

/// <summary>
/// Lets other modules show published products without reading the catalog's tables (a page's
/// product grid block, for one).
/// </summary>
public interface IProductCards
{
    /// <summary>
    /// Published products of the collection with slug <paramref name="collectionSlug"/>, or the
    /// newest products when it is null, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<ProductCard>> ListAsync(string? collectionSlug, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Cards of the published products among <paramref name="productIds"/>, in the order given
    /// (search hits, a hand-picked grid); ids of unpublished or unknown products are left out.
    /// </summary>
    Task<IReadOnlyList<ProductCard>> FindAsync(IReadOnlyList<Guid> productIds, CancellationToken cancellationToken);
}
