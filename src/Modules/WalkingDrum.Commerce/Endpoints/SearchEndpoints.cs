using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Search;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary><c>GET /search?q=&amp;collection=&amp;min=&amp;max=&amp;page=</c>: the storefront search page.</summary>
public static class SearchEndpoints
{
    private const int MaxCollections = 200;

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/search", StorefrontRoutes.GetAndHead, SearchAsync)
            .WithName("StorefrontSearch")
            .WithSummary("Searches the shop's published products and pages, with collection and price filters.")
            .WithTags("Storefront")
            .ExcludeFromDescription()
            .CacheStorefrontOutput();
        return endpoints;
    }

    private static async Task<IResult> SearchAsync(
        HttpContext http,
        StorefrontSearch search,
        Storefront storefront,
        IStoreProfileReader profiles,
        StorefrontReadCache reads,
        ITenantContext tenant,
        CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(cancellationToken);
        var form = SearchForm.Parse(http.Request.Query, profile.Currency);
        var collections = await reads.GetOrLoadAsync(tenant.TenantId, "search:collections", async ct =>
            (await http.RequestServices.GetRequiredService<WalkingDrumDbContext>().Set<Collection>().AsNoTracking()
                .Where(c => c.IsPublished)
                .OrderBy(c => c.Title)
                .Select(c => new { c.Slug, c.Title })
                .Take(MaxCollections)
                .ToListAsync(ct)).Select(c => (c.Slug, c.Title)).ToArray(), cancellationToken) ?? [];
        var results = form.Searched
            ? await search.SearchAsync(new SearchQuery(form.Text, form.Collection.Length > 0 ? form.Collection : null, form.MinPrice, form.MaxPrice, form.Page, StorefrontSearch.DefaultPageSize), cancellationToken)
            : new SearchResults([], 0);
        var pageCount = Math.Max(1, (results.Total + StorefrontSearch.DefaultPageSize - 1) / StorefrontSearch.DefaultPageSize);
        var drop = new SearchPageDrop(
            form.Text,
            form.Searched,
            results.Total,
            form.Page,
            pageCount,
            results.Hits.Select(ToResult).ToArray(),
            collections.Select(c => new SearchCollectionDrop(c.Slug, c.Title, c.Slug == form.Collection)).ToArray(),
            form.Min,
            form.Max,
            form.MinError,
            form.MaxError,
            profile.Currency,
            form.Page > 1 ? form.QueryFor(Math.Min(form.Page - 1, pageCount)) : null,
            form.Page < pageCount ? form.QueryFor(form.Page + 1) : null,
            form.QueryFor(1));

        // Result pages are endless variations of the shop's own pages: keep them out of search engines.
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        var title = form.Text.Length > 0 ? $"Search: {form.Text}" : "Search";
        return await storefront.RenderAsync(new StorefrontPage("search", title, new Dictionary<string, object?>
        {
            ["search"] = drop,
            ["search_query"] = form.Text,
        })
        {
            Description = $"Search {profile.Name}.",
        }, cancellationToken);
    }

    private static SearchResultDrop ToResult(SearchHit hit)
    {
        var card = hit.Item.ContentType == ContentTypes.Product && hit.Price is { } price
            ? new ProductCard(hit.Title, SlugOf(hit.Path), price, null, hit.ImageUrl, hit.ImageAlt)
            : null;
        return new SearchResultDrop(hit.Item.ContentType, hit.Title, hit.Path, hit.Summary, card);
    }

    private static string SlugOf(string path) =>
        path.StartsWith(ProductSearchSource.PathOf(""), StringComparison.Ordinal) ? path[ProductSearchSource.PathOf("").Length..] : path;
}
