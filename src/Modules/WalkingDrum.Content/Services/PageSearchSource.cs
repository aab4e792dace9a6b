using System.Runtime.CompilerServices;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Core.Content;

namespace WalkingDrum.Content.Services;

/// <summary>Published pages for the storefront search, with the plain text of their blocks.</summary>
internal sealed class PageSearchSource(PublishedPages pages) : ISearchSource
{
    public string ContentType => ContentTypes.Page;

    public async IAsyncEnumerable<SearchDocument> ListPublishedAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.ListAsync().WithCancellation(cancellationToken))
        {
            yield return ToDocument(page);
        }
    }

    public async Task<SearchDocument?> FindPublishedAsync(Guid itemId, CancellationToken cancellationToken) =>
        await pages.FindAsync(itemId, cancellationToken) is { } page ? ToDocument(page) : null;

    private static SearchDocument ToDocument(PublishedPage page) => new(
        new ContentItemKey(ContentTypes.Page, page.Id),
        page.Title,
        PageDropBuilder.PlainText(PageBlocks.Parse(page.BlocksJson)),
        page.IsHomePage ? "/" : PageService.PathOf(page.Slug),
        [],
        [],
        null,
        null,
        null);
}
