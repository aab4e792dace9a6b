using Microsoft.AspNetCore.Http.HttpResults;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

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

    private static async Task<ContentHttpResult> HomeAsync(
        HttpContext context, IStoreProfileReader profiles, ThemeRenderer theme, TimeProvider clock)
    {
        var profile = await profiles.GetAsync(context.RequestAborted);
        var html = await theme.RenderPageAsync("index", new StorefrontModel(
            new StoreDrop(profile.Name, profile.Tagline), context.Request.PathBase, null, clock.GetUtcNow().Year));
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
