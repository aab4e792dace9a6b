using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>Keeps the index in step with published content: re-reads the changed item from the database.</summary>
internal sealed partial class SearchIndexUpdater(
    StorefrontSearch search, ITenantContext tenant, IOutputCacheStore pageCache, ILogger<SearchIndexUpdater> logger)
    : IDomainEventHandler<ContentItemChanged>
{
    public async Task HandleAsync(ContentItemChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.Change == ContentChange.Saved)
        {
            return;
        }

        // Sources read through the scope's tenant, so an event for another shop cannot be served here.
        if (domainEvent.TenantId != tenant.TenantId)
        {
            LogForeignTenant(logger, domainEvent.TenantId, tenant.TenantId);
            return;
        }

        await search.RefreshAsync(domainEvent.Item, domainEvent.Change == ContentChange.Deleted, cancellationToken);
        // The page cache was emptied before the index changed; a search in between may have cached
        // the old results, so empty it again now that the index is current.
        await pageCache.EvictByTagAsync(StorefrontOutputCache.TagFor(domainEvent.TenantId), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A content change of tenant {EventTenant} was published in a scope of tenant {ScopeTenant}; search ignores it.")]
    private static partial void LogForeignTenant(ILogger logger, Guid eventTenant, Guid scopeTenant);
}
