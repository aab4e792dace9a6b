using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>Keeps the index in step with published content: re-reads the changed items from the database.</summary>
internal sealed partial class SearchIndexUpdater(
    StorefrontSearch search, ITenantContext tenant, IOutputCacheStore pageCache, ILogger<SearchIndexUpdater> logger)
    : IDomainEventHandler<ContentItemChanged>, IDomainEventHandler<ContentItemsChanged>
{
    public Task HandleAsync(ContentItemChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return RefreshAsync(domainEvent.TenantId, [domainEvent], cancellationToken);
    }

    public Task HandleAsync(ContentItemsChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return RefreshAsync(domainEvent.TenantId, domainEvent.Changes, cancellationToken);
    }

    private async Task RefreshAsync(Guid tenantId, IReadOnlyList<ContentItemChanged> changes, CancellationToken cancellationToken)
    {
        // Sources read through the scope's tenant, so an event for another shop cannot be served here.
        if (tenantId != tenant.TenantId || changes.Any(c => c.TenantId != tenantId))
        {
            LogForeignTenant(logger, tenantId, tenant.TenantId);
            return;
        }

        var visible = changes.Where(c => c.Change != ContentChange.Saved).Select(c => (c.Item, c.Change == ContentChange.Deleted)).ToList();
        if (visible.Count == 0)
        {
            return;
        }

        await search.RefreshAsync(visible, cancellationToken);
        // The page cache was emptied before the index changed; a search in between may have cached
        // the old results, so empty it again now that the index is current.
        await pageCache.EvictByTagAsync(StorefrontOutputCache.TagFor(tenantId), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A content change of tenant {EventTenant} was published in a scope of tenant {ScopeTenant}; search ignores it.")]
    private static partial void LogForeignTenant(ILogger logger, Guid eventTenant, Guid scopeTenant);
}
