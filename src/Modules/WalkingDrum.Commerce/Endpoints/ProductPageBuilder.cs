using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Text;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>
/// Reads a published product for its page: the product with its variants in one no-tracking query
/// and the gallery in another; nothing else.
/// </summary>
internal sealed class ProductPageBuilder(WalkingDrumDbContext db)
{
    /// <summary>Few enough left that shoppers are told how many.</summary>
    public const int LowStock = 5;

    public async Task<Product?> FindPublishedAsync(string slug, CancellationToken cancellationToken) =>
        await db.Set<Product>().AsNoTracking()
            .Include(p => p.Variants.OrderBy(v => v.Position))
            .FirstOrDefaultAsync(p => p.Slug == slug && p.Status == ProductStatus.Active, cancellationToken);

    public static ProductDrop ToDrop(Product product, IReadOnlyList<MediaImage> images, string basePath, string? variantId)
    {
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
            MerchantHtml.Sanitize(product.DescriptionHtml),
            [.. images.Select(i => new ImageDrop(basePath + i.Url, WithBase(i.SrcSet, basePath), i.Alt, i.Width, i.Height))],
            options,
            variants,
            variants[product.Variants.IndexOf(selected)]);
    }

    /// <summary>Every address of a <c>srcset</c> ("/media/a 320w, /media/b 640w") prefixed with the shop's base path.</summary>
    public static string WithBase(string srcSet, string basePath) =>
        string.Join(", ", srcSet.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => basePath + s));

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
