using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>The shop's orders as a CSV download for its admin, narrowed like the order list.</summary>
public static class OrderCsvEndpoints
{
    public const string Path = "/admin/orders/export.csv";

    public static IEndpointRouteBuilder MapOrderCsvEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Owner, Roles.Staff))
            .WithName("ExportOrdersCsv")
            .WithSummary("The shop's orders that match the order list's filters as CSV, one row per order, newest first.")
            .WithTags("Orders")
            .ExcludeFromDescription();
        return endpoints;
    }

    // Filter values the list would have noted as ignored are ignored here too.
    private static async Task ExportAsync(HttpContext context, OrderCsvExporter exporter, TimeProvider clock)
    {
        var filter = OrderFilterQuery.Of(context.Request.Query).Read().Filter;
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"orders-{clock.GetUtcNow():yyyy-MM-dd}.csv\"";
        context.Response.Headers.CacheControl = "no-store";
        await exporter.WriteAsync(filter, context.Response.Body, context.RequestAborted);
    }
}
