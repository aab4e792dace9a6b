using System.Net;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Services;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Web.Tenancy;

/// <summary>
/// Resolves the request's tenant once: <c>/s/{name}/…</c> (the path base becomes
/// <c>/s/{name}</c>), <c>{name}.localhost</c>, <c>{name}.{BaseDomain}</c>, or a custom domain.
/// Anything else is the platform host. Unknown shops get a friendly 404 and suspended shops a
/// 503, except for the admin and sign-in so the owner can still get in.
/// </summary>
internal sealed class TenantResolutionMiddleware(
    RequestDelegate next, ITenantLookup lookup, IOptions<TenancyOptions> options, ThemeRenderer theme)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var (name, viaPath) = NameFromRequest(context.Request);
        TenantInfo? tenant;
        if (name is not null)
        {
            // Malformed names never reach the registry: no shop can carry one.
            tenant = SignupValidator.SubdomainError(name) is null
                ? await lookup.FindByNameAsync(name, context.RequestAborted)
                : null;
        }
        else
        {
            tenant = IsPlatformHost(context.Request.Host.Host)
                ? TenantInfo.Host
                : await lookup.FindByHostAsync(context.Request.Host.Host.ToLowerInvariant(), context.RequestAborted) ?? TenantInfo.Host;
        }

        if (tenant is null || tenant.State is TenantState.Deleted or TenantState.Provisioning)
        {
            await WritePageAsync(context, StatusCodes.Status404NotFound, "not-found", name ?? "", "", PlatformUrl(context.Request, viaPath));
            return;
        }

        if (viaPath)
        {
            var prefix = TenantUrls.PathPrefix + name;
            context.Request.PathBase = context.Request.PathBase.Add(prefix);
            context.Request.Path = context.Request.Path.Value!.Length > prefix.Length
                ? context.Request.Path.Value[prefix.Length..]
                : "/";
        }

        tenantContext.Set(tenant);
        if (tenant.State == TenantState.Suspended && !SuspendedShopGuard.StaysReachable(context.Request.Path))
        {
            await WritePageAsync(context, StatusCodes.Status503ServiceUnavailable, "unavailable", tenant.DisplayName, context.Request.PathBase);
            return;
        }

        await next(context);
    }

    internal static Task WriteUnavailableAsync(HttpContext context, ThemeRenderer theme, TenantInfo tenant) =>
        WritePageAsync(context, theme, StatusCodes.Status503ServiceUnavailable, "unavailable", tenant.DisplayName, context.Request.PathBase, "/");

    private Task WritePageAsync(HttpContext context, int status, string template, string name, string basePath, string platformUrl = "/") =>
        WritePageAsync(context, theme, status, template, name, basePath, platformUrl);

    private static async Task WritePageAsync(
        HttpContext context, ThemeRenderer theme, int status, string template, string name, string basePath, string platformUrl)
    {
        var html = await theme.RenderStandaloneAsync(
            template,
            new Theme.Models.StorefrontModel(new Theme.Models.StoreDrop(name, ""), basePath, null, DateTime.UtcNow.Year),
            new Dictionary<string, string> { ["name"] = name, ["platform_url"] = platformUrl });
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "3600";
        }

        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private (string? Name, bool ViaPath) NameFromRequest(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        if (path.StartsWith(TenantUrls.PathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var rest = path[TenantUrls.PathPrefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var name = slash < 0 ? rest : rest[..slash];
            if (name.Length > 0)
            {
                return (name.ToLowerInvariant(), true);
            }
        }

        var host = request.Host.Host.ToLowerInvariant();
        if (host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return (host[..^".localhost".Length], false);
        }

        var baseDomain = options.Value.BaseDomain;
        if (!string.IsNullOrEmpty(baseDomain) && host.EndsWith("." + baseDomain, StringComparison.OrdinalIgnoreCase))
        {
            return (host[..^(baseDomain.Length + 1)], false);
        }

        return (null, false);
    }

    // Where "open your own shop" leads from a shop address that does not exist.
    private string PlatformUrl(HttpRequest request, bool viaPath)
    {
        if (viaPath)
        {
            return "/";
        }

        var port = request.Host.Port is { } p ? ":" + p : "";
        var baseDomain = options.Value.BaseDomain;
        var platformHost = !string.IsNullOrEmpty(baseDomain) && !request.Host.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            ? baseDomain
            : "localhost";
        return $"{request.Scheme}://{platformHost}{port}/";
    }

    private bool IsPlatformHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host, out _)
        || host.Equals(options.Value.BaseDomain, StringComparison.OrdinalIgnoreCase);
}
