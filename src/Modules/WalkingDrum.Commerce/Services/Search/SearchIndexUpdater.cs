using Microsoft.Extensions.Logging;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>Keeps the index in step with published content: re-reads the changed item from the database.</summary>
internal sealed partial class SearchIndexUpdater(StorefrontSearch search, ITenantContext tenant, ILogger<SearchIndexUpdater> logger)
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
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A content change of tenant {EventTenant} was published in a scope of tenant {ScopeTenant}; search ignores it.")]
    private static partial void LogForeignTenant(ILogger logger, Guid eventTenant, Guid scopeTenant);
}
