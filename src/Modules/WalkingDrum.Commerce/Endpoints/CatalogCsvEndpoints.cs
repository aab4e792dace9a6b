using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WalkingDrum.Commerce.Services.Csv;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>The catalog as a CSV download for the shop's admin.</summary>
public static class CatalogCsvEndpoints
{
    public static IEndpointRouteBuilder MapCatalogCsvEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/products/export", ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Owner, Roles.Staff))
            .WithName("ExportProductsCsv")
            .WithSummary("Every product of the shop as CSV, one row per variant, in the layout import reads.")
            .WithTags("Catalog")
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ExportAsync(HttpContext context, ProductCsvExporter exporter, TimeProvider clock)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"products-{clock.GetUtcNow():yyyy-MM-dd}.csv\"";
        context.Response.Headers.CacheControl = "no-store";
        await exporter.WriteAsync(context.Response.Body, context.RequestAborted);
    }
}
