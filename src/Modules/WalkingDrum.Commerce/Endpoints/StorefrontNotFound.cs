using Microsoft.AspNetCore.Http;
using WalkingDrum.Core.Content;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>
/// What a storefront address with nothing behind it answers: a permanent redirect when the content
/// moved (its slug changed), else the theme's friendly 404 page.
/// </summary>
internal static class StorefrontNotFound
{
    public static async Task<IResult> RedirectOrNotFoundAsync(HttpContext http, Storefront storefront, IStorefrontRedirects redirects)
    {
        var path = http.Request.Path.Value ?? "/";
        if (await redirects.FindAsync(path, http.RequestAborted) is { } moved)
        {
            return TypedResults.Redirect(http.Request.PathBase + moved + http.Request.QueryString, permanent: true);
        }

        return await storefront.RenderAsync(
            new StorefrontPage("404", "Page not found", new Dictionary<string, object?>()) { StatusCode = StatusCodes.Status404NotFound },
            http.RequestAborted);
    }
}
