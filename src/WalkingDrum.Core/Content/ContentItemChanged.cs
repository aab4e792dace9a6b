namespace WalkingDrum.Core.Content;

/// <summary>What happened to a content item.</summary>
public enum ContentChange
{
    /// <summary>Saved without changing what shoppers see (a draft).</summary>
    Saved,

    /// <summary>Made visible, or its visible version changed.</summary>
    Published,

    /// <summary>Taken off the storefront.</summary>
    Unpublished,

    /// <summary>Removed.</summary>
    Deleted,
}

/// <summary>Raised after a content item's change is committed; search and the page cache follow it.</summary>
/// <param name="TenantId">The item's tenant.</param>
/// <param name="Item">The item.</param>
/// <param name="Change">What happened.</param>
public sealed record ContentItemChanged(Guid TenantId, ContentItemKey Item, ContentChange Change);

/// <summary>
/// Raised after one transaction changed many content items (an import batch, a bulk status change),
/// so search and the page cache follow the whole batch at once instead of item by item.
/// </summary>
/// <param name="TenantId">The items' tenant.</param>
/// <param name="Changes">Each item's change, all of <paramref name="TenantId"/>.</param>
public sealed record ContentItemsChanged(Guid TenantId, IReadOnlyList<ContentItemChanged> Changes);

/// <summary>Raised after something shown on every storefront page changed (menus, theme, settings).</summary>
/// <param name="TenantId">The shop whose storefront changed.</param>
public sealed record StorefrontChanged(Guid TenantId);
