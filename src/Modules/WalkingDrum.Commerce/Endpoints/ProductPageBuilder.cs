using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Text;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>What a product page shows, read once and kept in the storefront read cache.</summary>
/// <param name="Product">The published product with its variants in position order.</param>
/// <param name="Gallery">Its images in order.</param>
/// <param name="Parts">The storefront data of its content parts that show something.</param>
/// <param name="Metadata">Its SEO metadata, when set.</param>
/// <param name="DescriptionHtml">Its description, sanitized.</param>
/// <param name="DescriptionText">Its description as plain text.</param>
internal sealed record ProductPageData(
    Product Product, IReadOnlyList<MediaImage> Gallery, IReadOnlyList<ContentPartDrop> Parts, ContentMetadata? Metadata,
    string DescriptionHtml, string DescriptionText)
{
    /// <summary>The page's meta description: the merchant's, else the start of the description.</summary>
    public string? MetaDescription => string.IsNullOrWhiteSpace(Metadata?.Description) ? CatalogText.Summary(DescriptionText) : Metadata.Description;
}

/// <summary>
/// Reads a published product for its page: the product, its variants, its gallery, its parts and
/// its metadata, each with one plain query that looks rows up by key.
/// </summary>
internal sealed class ProductPageBuilder(WalkingDrumDbContext db, IContentImages images, ContentParts parts, IEnumerable<IContentMetadata> metadata)
{
    /// <summary>Few enough left that shoppers are told how many.</summary>
    public const int LowStock = 5;

    /// <summary>The published product's page data; null when there is no such product or it has nothing to sell.</summary>
    public async Task<ProductPageData?> LoadPublishedAsync(string slug, CancellationToken cancellationToken)
    {
        // Two simple statements rather than one join: SQLite prepares each statement anew, and
        // the joined form costs more to prepare than both of these to run.
        var product = await db.Set<Product>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Slug == slug && p.Status == ProductStatus.Active, cancellationToken);
        if (product is null)
        {
            return null;
        }

        product.Variants.AddRange(await db.Set<ProductVariant>().AsNoTracking()
            .Where(v => v.ProductId == product.Id).OrderBy(v => v.Position).ToListAsync(cancellationToken));
        if (product.Variants.Count == 0)
        {
            return null;
        }

        var item = new ContentItemKey(ContentTypes.Product, product.Id);
        var seo = metadata.FirstOrDefault() is { } reader ? await reader.GetAsync(item, cancellationToken) : null;
        return new ProductPageData(product, await images.ListAsync(item, cancellationToken), await parts.BuildDropsAsync(item, cancellationToken), seo,
            MerchantHtml.Sanitize(product.DescriptionHtml), MerchantHtml.ToPlainText(product.DescriptionHtml));
    }

    public static ProductDrop ToDrop(ProductPageData data, string basePath, string? variantId)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (product, images) = (data.Product, data.Gallery);
        var selected = product.Variants.Find(v => string.Equals(v.Id.ToString(), variantId, StringComparison.OrdinalIgnoreCase))
                       ?? product.Variants.Find(v => v.CanSell(1))
                       ?? product.Variants[0];
        var options = product.OptionNames
            .Select((name, i) => new ProductOptionDrop(name, product.Variants.Select(v => v.OptionValues.ElementAtOrDefault(i) ?? "")
                .Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray();
        var variants = product.Variants.Select(v => ToDrop(product, v, v == selected)).ToArray();
        return new ProductDrop(
            product.Title,
            CatalogPaths.Product(product.Slug),
            data.DescriptionHtml,
            [.. images.Select(i => ImageDrop.From(i, basePath))],
            options,
            variants,
            variants[product.Variants.IndexOf(selected)]);
    }

    public static string StockStatus(ProductVariant variant) =>
        !variant.TrackInventory ? "In stock"
        : variant.Stock <= 0 ? "Sold out"
        : variant.Stock <= LowStock ? string.Create(CultureInfo.InvariantCulture, $"Only {variant.Stock} left")
        : "In stock";

    private static VariantDrop ToDrop(Product product, ProductVariant variant, bool selected)
    {
        var values = variant.OptionValues;
        var compareAt = variant.CompareAtPrice is { } c && c.MinorUnits > variant.PriceMinor ? c : (Core.Money.Amount?)null;
        return new VariantDrop(
            variant.Id.ToString(),
            values.Count > 0 ? string.Join(" / ", values) : product.Title,
            variant.Sku,
            variant.Price,
            compareAt,
            variant.CanSell(1),
            StockStatus(variant),
            selected);
    }
}
