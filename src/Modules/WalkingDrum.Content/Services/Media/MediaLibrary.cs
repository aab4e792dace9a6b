using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;

namespace WalkingDrum.Content.Services.Media;

/// <summary>A library image with the number of items that show it.</summary>
public sealed record MediaListing(MediaAsset Asset, int UsageCount);

/// <summary>One page of the library, newest first.</summary>
public sealed record MediaPage(IReadOnlyList<MediaListing> Items, int Page, int PageCount, int Total);

/// <summary>The merchant's operations on the media library: browse, describe, delete.</summary>
public sealed class MediaLibrary(WalkingDrumDbContext db, IMediaStorage storage, DomainEvents events)
{
    public const int PageSize = 48;

    public async Task<MediaPage> ListAsync(int page, CancellationToken cancellationToken)
    {
        var total = await db.Set<MediaAsset>().CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        // Ids are version-7 GUIDs, ordered by creation time on both databases (SQLite cannot
        // order by a DateTimeOffset).
        var assets = await db.Set<MediaAsset>().AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var ids = assets.Select(a => a.Id).ToArray();
        var usage = await db.Set<ContentImage>().AsNoTracking()
            .Where(i => ids.Contains(i.MediaId))
            .GroupBy(i => i.MediaId)
            .Select(g => new { MediaId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(u => u.MediaId, u => u.Count, cancellationToken);
        return new MediaPage(assets.Select(a => new MediaListing(a, usage.GetValueOrDefault(a.Id))).ToArray(), page, pageCount, total);
    }

    /// <summary>The items that show the image.</summary>
    public async Task<IReadOnlyList<ContentItemKey>> UsageAsync(Guid mediaId, CancellationToken cancellationToken) =>
        await db.Set<ContentImage>().AsNoTracking()
            .Where(i => i.MediaId == mediaId)
            .Select(i => new ContentItemKey(i.ContentType, i.ItemId))
            .ToListAsync(cancellationToken);

    /// <summary>Sets the image's alternative text; false when the image is not in this shop's library.</summary>
    public async Task<bool> UpdateAltAsync(Guid mediaId, string alt, CancellationToken cancellationToken)
    {
        var asset = await db.Set<MediaAsset>().FirstOrDefaultAsync(m => m.Id == mediaId, cancellationToken);
        if (asset is null)
        {
            return false;
        }

        asset.Alt = alt.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(await UsageAsync(mediaId, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>
    /// Deletes the image and takes it off every item that showed it; false when it is not in this
    /// shop's library.
    /// </summary>
    public async Task<bool> DeleteAsync(Guid mediaId, CancellationToken cancellationToken)
    {
        var asset = await db.Set<MediaAsset>().FirstOrDefaultAsync(m => m.Id == mediaId, cancellationToken);
        if (asset is null)
        {
            return false;
        }

        var usage = await UsageAsync(mediaId, cancellationToken);
        db.RemoveRange(await db.Set<ContentImage>().Where(i => i.MediaId == mediaId).ToListAsync(cancellationToken));
        db.Remove(asset);
        await db.SaveChangesAsync(cancellationToken);
        // The row is gone, so the files are no longer served; remove them after the commit so a
        // failed save never leaves a row without its files.
        foreach (var key in MediaUploads.KeysOf(asset))
        {
            await storage.DeleteAsync(db.CurrentTenantId, key, cancellationToken);
        }

        await AnnounceAsync(usage, cancellationToken);
        return true;
    }

    // Items that show the image look different now: their cached pages and search results follow.
    private async Task AnnounceAsync(IReadOnlyList<ContentItemKey> items, CancellationToken cancellationToken)
    {
        foreach (var item in items.Distinct())
        {
            await events.PublishAsync(new ContentItemChanged(db.CurrentTenantId, item, ContentChange.Published), cancellationToken);
        }
    }
}
