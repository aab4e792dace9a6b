using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Text;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>The catalog's storefront pages: a product, the list of collections, and a collection.</summary>
public static class CatalogStorefrontEndpoints
{
    public static IEndpointRouteBuilder MapCatalogStorefrontEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapGroup("/products").WithTags("Storefront").ExcludeFromDescription();
        products.MapMethods("/{slug}", StorefrontRoutes.GetAndHead, ProductAsync)
            .WithName("StorefrontProduct")
            .WithSummary("A published product with its gallery and variant picker.")
            .CacheStorefrontOutput();

        var collections = endpoints.MapGroup("/collections").WithTags("Storefront").ExcludeFromDescription();
        collections.MapMethods("/", StorefrontRoutes.GetAndHead, CollectionsAsync)
            .WithName("StorefrontCollections")
            .WithSummary("The shop's published collections.")
            .CacheStorefrontOutput();
        collections.MapMethods("/{slug}", StorefrontRoutes.GetAndHead, CollectionAsync)
            .WithName("StorefrontCollection")
            .WithSummary("A published collection's products, sorted and paged.")
            .CacheStorefrontOutput();
        return endpoints;
    }

    private static async Task<IResult> ProductAsync(
        string slug, HttpContext http, ProductPageBuilder pages, IContentImages images, ContentParts parts, Storefront storefront, IStorefrontRedirects redirects)
    {
        var cancellationToken = http.RequestAborted;
        var product = await pages.FindPublishedAsync(slug, cancellationToken);
        if (product is null || product.Variants.Count == 0)
        {
            return await storefront.RedirectOrNotFoundAsync(redirects, http.RequestAborted);
        }

        var item = new ContentItemKey(ContentTypes.Product, product.Id);
        var gallery = await images.ListAsync(item, cancellationToken);
        var partsHtml = await storefront.RenderPartsAsync(await parts.BuildDropsAsync(item, cancellationToken), cancellationToken);
        var metadata = http.RequestServices.GetService<IContentMetadata>() is { } seo ? await seo.GetAsync(item, cancellationToken) : null;
        var drop = ProductPageBuilder.ToDrop(product, gallery, storefront.BasePath, http.Request.Query["variant"].ToString());
        var absoluteBase = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var socialImage = metadata?.SocialImageUrl ?? (gallery.Count > 0 ? gallery[0].Url : null);
        return await storefront.RenderAsync(
            new StorefrontPage("product", string.IsNullOrWhiteSpace(metadata?.Title) ? product.Title : metadata.Title, new Dictionary<string, object?>
            {
                ["product"] = drop,
                ["parts_html"] = partsHtml,
                ["json_ld"] = ProductJsonLd.For(product, gallery, absoluteBase),
            })
            {
                Description = string.IsNullOrWhiteSpace(metadata?.Description) ? Summary(product.DescriptionHtml) : metadata.Description,
                SocialImageUrl = socialImage is null ? null : absoluteBase + socialImage,
            },
            cancellationToken);
    }

    private static async Task<IResult> CollectionsAsync(HttpContext http, WalkingDrumDbContext db, Storefront storefront)
    {
        var collections = await db.Set<Collection>().AsNoTracking().Where(c => c.IsPublished).OrderBy(c => c.Title)
            .Select(c => new { c.Title, c.Slug, c.DescriptionHtml }).ToListAsync(http.RequestAborted);
        var drops = collections.Select(c => new CollectionDrop(c.Title, CatalogPaths.Collection(c.Slug), MerchantHtml.Sanitize(c.DescriptionHtml))).ToArray();
        return await storefront.RenderAsync(
            new StorefrontPage("collections", "Collections", new Dictionary<string, object?> { ["collections"] = drops }),
            http.RequestAborted);
    }

    private static async Task<IResult> CollectionAsync(
        string slug, string? sort, string? page, HttpContext http, CollectionPageBuilder pages, Storefront storefront, IStorefrontRedirects redirects)
    {
        var collection = await pages.FindPublishedAsync(slug, http.RequestAborted);
        if (collection is null)
        {
            return await storefront.RedirectOrNotFoundAsync(redirects, http.RequestAborted);
        }

        var listing = await pages.ListingAsync(collection, sort, page, http.RequestAborted);
        var drop = new CollectionDrop(collection.Title, CatalogPaths.Collection(collection.Slug), MerchantHtml.Sanitize(collection.DescriptionHtml));
        return await storefront.RenderAsync(
            new StorefrontPage("collection", collection.Title, new Dictionary<string, object?> { ["collection"] = drop, ["listing"] = listing })
            {
                Description = Summary(collection.DescriptionHtml),
            },
            http.RequestAborted);
    }

    private static string? Summary(string html)
    {
        var text = MerchantHtml.ToPlainText(html);
        return text.Length == 0 ? null : text.Length <= 160 ? text : text[..157].TrimEnd() + "…";
    }
}
