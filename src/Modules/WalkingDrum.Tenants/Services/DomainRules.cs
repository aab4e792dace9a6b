using System.Net;
using System.Text.RegularExpressions;

namespace WalkingDrum.Tenants.Services;

/// <summary>What a custom domain may be: a public DNS name that no platform address already uses.</summary>
public static partial class DomainRules
{
    public static string? Error(string host, string? baseDomain)
    {
        if (host.Length is 0 or > 253)
        {
            return "Enter a domain name such as shop.example.com.";
        }

        if (!HostPattern().IsMatch(host) || IPAddress.TryParse(host, out _))
        {
            return $"'{host}' is not a valid domain name.";
        }

        var platformOwned = host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal)
            || (!string.IsNullOrEmpty(baseDomain) && (host == baseDomain || host.EndsWith("." + baseDomain, StringComparison.OrdinalIgnoreCase)));
        return platformOwned ? $"{host} is a platform address and cannot be a custom domain." : null;
    }

    [GeneratedRegex("^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();
}
