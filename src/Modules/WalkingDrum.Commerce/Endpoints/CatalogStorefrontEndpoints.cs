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
using WalkingDrum.Core.Tenancy;
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
        string slug, HttpContext http, StorefrontReadCache reads, ITenantContext tenant, Storefront storefront, IStorefrontRedirects redirects)
    {
        var cancellationToken = http.RequestAborted;
        // The builder (and its database context) is made only when the read cache misses.
        var data = await reads.GetOrLoadAsync(tenant.TenantId, "product:" + slug,
            ct => http.RequestServices.GetRequiredService<ProductPageBuilder>().LoadPublishedAsync(slug, ct), cancellationToken);
        if (data is null)
        {
            return await storefront.RedirectOrNotFoundAsync(redirects, cancellationToken);
        }

        var (product, gallery, metadata) = (data.Product, data.Gallery, data.Metadata);
        var partsHtml = await storefront.RenderPartsAsync(data.Parts, cancellationToken);
        var drop = ProductPageBuilder.ToDrop(data, storefront.BasePath, http.Request.Query["variant"].ToString());
        var absoluteBase = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var socialImage = metadata?.SocialImageUrl ?? (gallery.Count > 0 ? gallery[0].Url : null);
        return await storefront.RenderAsync(
            new StorefrontPage("product", string.IsNullOrWhiteSpace(metadata?.Title) ? product.Title : metadata.Title, new Dictionary<string, object?>
            {
                ["product"] = drop,
                ["parts_html"] = partsHtml,
                ["json_ld"] = ProductJsonLd.For(data, absoluteBase),
            })
            {
                Description = data.MetaDescription,
                SocialImageUrl = socialImage is null ? null : absoluteBase + socialImage,
            },
            cancellationToken);
    }

    private static async Task<IResult> CollectionsAsync(HttpContext http, StorefrontReadCache reads, ITenantContext tenant, Storefront storefront)
    {
        var drops = await reads.GetOrLoadAsync(tenant.TenantId, "collections", async ct =>
        {
            var collections = await http.RequestServices.GetRequiredService<WalkingDrumDbContext>().Set<Collection>().AsNoTracking().Where(c => c.IsPublished).OrderBy(c => c.Title)
                .Select(c => new { c.Title, c.Slug, c.DescriptionHtml }).ToListAsync(ct);
            return collections.Select(c => new CollectionDrop(c.Title, CatalogPaths.Collection(c.Slug), MerchantHtml.Sanitize(c.DescriptionHtml))).ToArray();
        }, http.RequestAborted);
        return await storefront.RenderAsync(
            new StorefrontPage("collections", "Collections", new Dictionary<string, object?> { ["collections"] = drops }),
            http.RequestAborted);
    }

    private static async Task<IResult> CollectionAsync(
        string slug, string? sort, string? page, HttpContext http, StorefrontReadCache reads, ITenantContext tenant,
        Storefront storefront, IStorefrontRedirects redirects)
    {
        var (chosenSort, number) = CollectionPageBuilder.Normalize(sort, page);
        var shown = await reads.GetOrLoadAsync(tenant.TenantId, $"collection:{slug}|{chosenSort}|{number}",
            ct => http.RequestServices.GetRequiredService<CollectionPageBuilder>().LoadPublishedAsync(slug, chosenSort, number, ct), http.RequestAborted);
        if (shown is null)
        {
            return await storefront.RedirectOrNotFoundAsync(redirects, http.RequestAborted);
        }

        return await storefront.RenderAsync(
            new StorefrontPage("collection", shown.Collection.Title, new Dictionary<string, object?> { ["collection"] = shown.Collection, ["listing"] = shown.Listing })
            {
                Description = shown.Description,
            },
            http.RequestAborted);
    }
}
