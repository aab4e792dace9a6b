using WalkingDrum.Core.Features;

namespace WalkingDrum.Web.Tenancy;

/// <summary>Endpoints of a feature the tenant's plan switches off answer 404, as if absent.</summary>
internal sealed class FeatureGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IFeatureChecker features)
    {
        var required = context.GetEndpoint()?.Metadata.GetOrderedMetadata<RequiresFeatureAttribute>() ?? [];
        if (required.Any(r => !features.IsEnabled(r.FeatureId)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }
}
