using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Content.Endpoints;

/// <summary>The merchant's preview of a page's draft (or of an old version) through the storefront theme.</summary>
internal static class PagePreviewEndpoints
{
    public static IEndpointRouteBuilder MapPagePreviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/admin/pages")
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.AdminRoles })
            .WithTags("Admin")
            .ExcludeFromDescription()
            .MapGet("/{pageId:guid}/preview", PreviewAsync)
            .WithName("PagePreview")
            .WithSummary("Shows the page's saved draft, or version ?version=N, as shoppers would see it.");
        return endpoints;
    }

    private static async Task<IResult> PreviewAsync(
        Guid pageId, int? version, HttpContext http, WalkingDrumDbContext db, PageRendering rendering, CancellationToken cancellationToken)
    {
        var page = await db.Set<Page>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return TypedResults.NotFound();
        }

        var (title, slug, json) = (page.Title, page.Slug, page.BlocksJson);
        if (version is { } number)
        {
            var saved = await db.Set<PageVersion>().AsNoTracking()
                .FirstOrDefaultAsync(v => v.PageId == pageId && v.Number == number, cancellationToken);
            if (saved is null)
            {
                return TypedResults.NotFound();
            }

            (title, slug, json) = (saved.Title, saved.Slug, saved.BlocksJson);
        }

        // Drafts are for the merchant's eyes: never indexed, never kept by a cache.
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        http.Response.Headers.CacheControl = "no-store";
        var source = new PageRendering.Source(page.Id, title, slug, PageBlocks.Parse(json), page.IsHomePage);
        return await rendering.RenderAsync(source, preview: true, cancellationToken);
    }
}
