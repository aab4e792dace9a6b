namespace WalkingDrum.Core.Content;

/// <summary>A public storefront address for <c>sitemap.xml</c>.</summary>
/// <param name="Path">Path relative to the tenant (<c>/products/espresso</c>).</param>
/// <param name="LastModified">When its content last changed.</param>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);

/// <summary>Lists a module's published storefront addresses for the shop's sitemap.</summary>
public interface ISitemapSource
{
    /// <summary>The current tenant's published addresses.</summary>
    IAsyncEnumerable<SitemapEntry> ListAsync(CancellationToken cancellationToken);
}
