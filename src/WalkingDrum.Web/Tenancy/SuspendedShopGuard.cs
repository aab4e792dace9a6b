using Microsoft.AspNetCore.Authorization;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Web.Tenancy;

/// <summary>
/// A suspended shop keeps only sign-in and the admin reachable, and the admin only for its owner:
/// staff and shoppers see the "store unavailable" page.
/// </summary>
internal sealed class SuspendedShopGuard(RequestDelegate next, ThemeRenderer theme)
{
    public static bool StaysReachable(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/account") || path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/css") || path.StartsWithSegments("/health");

    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext)
    {
        var tenant = tenantContext.Tenant;
        if (tenant.State == TenantState.Suspended
            && context.Request.Path.StartsWithSegments("/admin")
            && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
            && context.User.Identity?.IsAuthenticated == true
            && !context.User.IsInRole(Roles.Owner))
        {
            await TenantResolutionMiddleware.WriteUnavailableAsync(context, theme, tenant);
            return;
        }

        await next(context);
    }
}
