using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WalkingDrum.Core.Content;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Endpoints;

/// <summary>The shop's <c>sitemap.xml</c> (every module's published addresses) and <c>robots.txt</c>.</summary>
internal static class CrawlerEndpoints
{
    // The sitemaps.org limit for one file.
    public const int MaxUrls = 50_000;

    public static IEndpointRouteBuilder MapCrawlerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var crawlers = endpoints.MapGroup("").WithTags("Storefront").ExcludeFromDescription();
        crawlers.MapMethods("/sitemap.xml", StorefrontRoutes.GetAndHead, SitemapAsync)
            .WithName("Sitemap")
            .WithSummary("Every published storefront address of the shop, with when it last changed.")
            .CacheStorefrontOutput();
        crawlers.MapMethods("/robots.txt", StorefrontRoutes.GetAndHead, Robots)
            .WithName("Robots")
            .WithSummary("Crawler rules: everything but the admin and the customer account, and where the sitemap is.")
            .CacheStorefrontOutput();
        return endpoints;
    }

    private static async Task<ContentHttpResult> SitemapAsync(HttpContext http, IEnumerable<ISitemapSource> sources, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, SitemapEntry>(StringComparer.Ordinal) { ["/"] = new SitemapEntry("/", null) };
        foreach (var source in sources)
        {
            await foreach (var entry in source.ListAsync(cancellationToken))
            {
                if (entries.Count >= MaxUrls && !entries.ContainsKey(entry.Path))
                {
                    break;
                }

                entries[entry.Path] = entry;
            }
        }

        var root = Root(http.Request);
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, Async = true }))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            await writer.WriteStartDocumentAsync();
            await writer.WriteStartElementAsync(null, "urlset", ns);
            foreach (var entry in entries.Values.OrderBy(e => e.Path != "/").ThenBy(e => e.Path, StringComparer.Ordinal))
            {
                await writer.WriteStartElementAsync(null, "url", ns);
                await writer.WriteElementStringAsync(null, "loc", ns, root + entry.Path);
                if (entry.LastModified is { } modified)
                {
                    await writer.WriteElementStringAsync(null, "lastmod", ns,
                        modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                await writer.WriteEndElementAsync();
            }

            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
        }

        // StringBuilder output declares UTF-16; the response is UTF-8.
        return TypedResults.Text(xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal),
            "application/xml", Encoding.UTF8);
    }

    private static ContentHttpResult Robots(HttpContext http)
    {
        var basePath = http.Request.PathBase.Value ?? "";
        var text = $"""
            User-agent: *
            Allow: {basePath}/
            Disallow: {basePath}/admin
            Disallow: {basePath}/account

            Sitemap: {Root(http.Request)}/sitemap.xml

            """;
        return TypedResults.Text(text, "text/plain", Encoding.UTF8);
    }

    private static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
