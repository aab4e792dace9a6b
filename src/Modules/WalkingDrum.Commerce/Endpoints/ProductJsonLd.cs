using System.Text.Json;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>
/// schema.org Product data for search engines. The serializer escapes &lt;, &gt; and &amp;, so
/// merchant text cannot close the script element it is placed in.
/// </summary>
internal static class ProductJsonLd
{
    public static string For(ProductPageData page, string absoluteBase)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (product, images) = (page.Product, page.Gallery);
        var url = absoluteBase + Services.CatalogPaths.Product(product.Slug);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = product.Title,
            ["description"] = page.DescriptionText,
            ["url"] = url,
            ["image"] = images.Select(i => absoluteBase + i.Url).ToArray(),
            ["offers"] = product.Variants.Select(v => new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["sku"] = v.Sku,
                ["price"] = v.Price.ToMajorString(),
                ["priceCurrency"] = v.Currency,
                ["availability"] = v.CanSell(1) ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
                ["url"] = url + "?variant=" + v.Id,
            }).ToArray(),
        };
        return JsonSerializer.Serialize(data);
    }
}
