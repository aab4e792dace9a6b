using System.Runtime.CompilerServices;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>
/// The current shop's search: queries, single-item updates and rebuilds, over every registered
/// <see cref="ISearchSource"/> (products here, pages from the Content module).
/// </summary>
public sealed class StorefrontSearch(SearchIndexes indexes, IEnumerable<ISearchSource> sources, ITenantContext tenant, DomainEvents events)
{
    /// <summary>Results per page on the storefront.</summary>
    public const int DefaultPageSize = 24;

    /// <summary>One page of results for <paramref name="search"/>.</summary>
    public async Task<SearchResults> SearchAsync(SearchQuery search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        // Input made only of punctuation ("(*) has no words to look for; it finds nothing rather than everything.
        if (!string.IsNullOrWhiteSpace(search.Text) && SearchQueryBuilder.Words(search.Text).Count == 0)
        {
            return new SearchResults([], 0);
        }

        var skip = (Math.Max(1, search.Page) - 1) * search.PageSize;
        return await indexes.ReadAsync(tenant.TenantId, () => Everything(cancellationToken), index =>
        {
            var (query, filter, sort) = SearchQueryBuilder.Build(search, fuzzy: false);
            var results = index.Search(query, filter, sort, skip, search.PageSize);
            if (results.Total > 0 || sort is not null)
            {
                return results;
            }

            (query, filter, sort) = SearchQueryBuilder.Build(search, fuzzy: true);
            return index.Search(query, filter, sort, skip, search.PageSize);
        }, cancellationToken);
    }

    /// <summary>Documents in the shop's index (building it first if needed).</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        indexes.ReadAsync(tenant.TenantId, () => Everything(cancellationToken), index => index.Count(), cancellationToken);

    /// <summary>Replaces the shop's index with what the database holds now; returns the document count.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await indexes.WriteAsync(tenant.TenantId, null, async index => count = await index.ReplaceAllAsync(Everything(cancellationToken), cancellationToken), cancellationToken);
        // Cached result pages show the old index.
        await events.PublishAsync(new StorefrontChanged(tenant.TenantId), cancellationToken);
        return count;
    }

    /// <summary>Brings one item's document in line with the database: indexed while published, gone otherwise.</summary>
    public Task RefreshAsync(ContentItemKey item, bool deleted, CancellationToken cancellationToken) =>
        RefreshAsync([(item, deleted)], cancellationToken);

    /// <summary>Brings each item's document in line with the database, in one index commit.</summary>
    public async Task RefreshAsync(IReadOnlyCollection<(ContentItemKey Item, bool Deleted)> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var changes = new List<(ContentItemKey, SearchDocument?)>(items.Count);
        foreach (var (item, deleted) in items)
        {
            if (sources.FirstOrDefault(s => s.ContentType == item.ContentType) is not { } source)
            {
                continue;
            }

            changes.Add((item, deleted ? null : await source.FindPublishedAsync(item.ItemId, cancellationToken)));
        }

        if (changes.Count == 0)
        {
            return;
        }

        await indexes.WriteAsync(tenant.TenantId, () => Everything(cancellationToken), index =>
        {
            index.Put(changes);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    private async IAsyncEnumerable<SearchDocument> Everything([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            await foreach (var document in source.ListPublishedAsync(cancellationToken))
            {
                yield return document;
            }
        }
    }
}
