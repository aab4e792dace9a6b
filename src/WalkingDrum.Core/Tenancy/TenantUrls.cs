using Microsoft.AspNetCore.Http;

namespace WalkingDrum.Core.Tenancy;

/// <summary>
/// Builds the public address of a shop from the address the platform was reached at: a
/// subdomain when the platform runs on the base domain or on <c>localhost</c>, the
/// <c>/s/{name}/</c> path form otherwise (an IP address has no subdomains).
/// </summary>
public static class TenantUrls
{
    /// <summary>Path prefix of the path form of tenant addresses.</summary>
    public const string PathPrefix = "/s/";

    /// <summary>The storefront root of <paramref name="tenantName"/>, ending in a slash.</summary>
    public static string Storefront(HttpRequest platformRequest, string tenantName, string? baseDomain)
    {
        ArgumentNullException.ThrowIfNull(platformRequest);
        var host = platformRequest.Host;
        var port = host.Port is { } p ? ":" + p : "";
        var scheme = platformRequest.Scheme;
        if (!string.IsNullOrEmpty(baseDomain) && host.Host.Equals(baseDomain, StringComparison.OrdinalIgnoreCase))
        {
            return $"{scheme}://{tenantName}.{baseDomain}{port}/";
        }

        if (host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return $"{scheme}://{tenantName}.localhost{port}/";
        }

        return $"{scheme}://{host}{PathPrefix}{tenantName}/";
    }
}
