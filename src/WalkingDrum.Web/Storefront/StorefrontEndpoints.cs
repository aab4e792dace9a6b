using WalkingDrum.Theme.Models;

namespace WalkingDrum.Web.Storefront;

/// <summary>The shop's storefront pages, rendered from the Liquid theme.</summary>
public static class StorefrontEndpoints
{
    public static IEndpointRouteBuilder MapStorefrontEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", HomeAsync)
            .WithName("StorefrontHome")
            .WithSummary("The shop's home page.")
            .WithTags("Storefront")
            .ExcludeFromDescription();
        return endpoints;
    }

    private static Task<IResult> HomeAsync(HttpContext context, Theme.Services.Storefront storefront) =>
        storefront.RenderAsync(new StorefrontPage("index", null, new Dictionary<string, object?>()), context.RequestAborted);
}
