using System.Runtime.CompilerServices;
using WalkingDrum.Core.Content;

namespace WalkingDrum.Content.Services;

/// <summary>Published pages for <c>sitemap.xml</c>; the home page is listed at <c>/</c>.</summary>
internal sealed class PageSitemapSource(PublishedPages pages) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.ListAsync().WithCancellation(cancellationToken))
        {
            yield return new SitemapEntry(page.IsHomePage ? "/" : PageService.PathOf(page.Slug), page.PublishedAt);
        }
    }
}
