using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Content;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Endpoints;

/// <summary>
/// The shop's home page and its pages, and the last resort for every other storefront address:
/// a redirect when the content moved, else the themed "page not found".
/// </summary>
internal static class ContentStorefrontEndpoints
{
    public const int HomeProducts = 8;

    // Areas that are not storefront pages: an unknown address there gets the plain 404.
    private static readonly string[] NotStorefront =
        ["/admin", "/account", "/api", "/platform", "/_content", "/lib", "/css", "/js", "/media", "/health", "/openapi", "/stripe"];

    public static IEndpointRouteBuilder MapContentStorefrontEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var storefront = endpoints.MapGroup("").WithTags("Storefront").ExcludeFromDescription();
        storefront.MapMethods("/", StorefrontRoutes.GetAndHead, HomeAsync)
            .WithName("StorefrontHome")
            .WithSummary("The shop's home page, or its name and newest products while it has none.")
            .CacheStorefrontOutput();
        storefront.MapMethods("/pages/{slug}", StorefrontRoutes.GetAndHead, PageAsync)
            .WithName("StorefrontPage")
            .WithSummary("A published page.")
            .CacheStorefrontOutput();
        // Last in line (fallback order, catch-all) and never for addresses with a file extension,
        // so real endpoints and static files always win. It takes every method so an unknown
        // address answers 404 rather than "method not allowed", but only GET and HEAD get redirects
        // and the themed page.
        storefront.MapFallback("/{**path:nonfile}", FallbackAsync)
            .WithName("StorefrontFallback")
            .WithSummary("Redirects a moved address, or answers the themed 404 page.")
            .CacheStorefrontOutput();
        return endpoints;
    }

    private static async Task<IResult> HomeAsync(
        PublishedPages pages, PageRendering rendering, Storefront storefront, IProductCards products, CancellationToken cancellationToken)
    {
        if (await pages.FindHomeAsync(cancellationToken) is { } home)
        {
            return await rendering.RenderAsync(ToSource(home), preview: false, cancellationToken);
        }

        var cards = await products.ListAsync(null, HomeProducts, cancellationToken);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["products"] = cards,
            ["canonical_url"] = rendering.AbsoluteUrl("/"),
        };
        return await storefront.RenderAsync(new StorefrontPage("index", null, values), cancellationToken);
    }

    private static async Task<IResult> PageAsync(
        string slug, HttpContext http, PublishedPages pages, PageRendering rendering, IStorefrontRedirects redirects, Storefront storefront,
        CancellationToken cancellationToken)
    {
        if (await pages.FindBySlugAsync(slug, cancellationToken) is { } page)
        {
            // The home page lives at "/"; one address per page keeps search engines from splitting it.
            return page.IsHomePage
                ? TypedResults.Redirect(http.Request.PathBase + "/", permanent: true)
                : await rendering.RenderAsync(ToSource(page), preview: false, cancellationToken);
        }

        return await storefront.RedirectOrNotFoundAsync(redirects, cancellationToken);
    }

    private static Task<IResult> FallbackAsync(HttpContext http, IStorefrontRedirects redirects, Storefront storefront, CancellationToken cancellationToken) =>
        !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        || NotStorefront.Any(prefix => http.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            ? Task.FromResult<IResult>(TypedResults.NotFound())
            : storefront.RedirectOrNotFoundAsync(redirects, cancellationToken);

    private static PageRendering.Source ToSource(PublishedPage page) =>
        new(page.Id, page.Title, page.Slug, PageBlocks.Parse(page.BlocksJson), page.IsHomePage);
}
