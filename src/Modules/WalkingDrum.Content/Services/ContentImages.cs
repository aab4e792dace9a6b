using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Content.Services;

/// <summary>Reads the images attached to content items, for the modules that show those items.</summary>
internal sealed class ContentImages(WalkingDrumDbContext db) : IContentImages
{
    public async Task<IReadOnlyList<MediaImage>> ListAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        var assets = await (
            from image in db.Set<ContentImage>().AsNoTracking()
            join asset in db.Set<MediaAsset>().AsNoTracking() on image.MediaId equals asset.Id
            where image.ContentType == item.ContentType && image.ItemId == item.ItemId
            orderby image.Position
            select asset).ToListAsync(cancellationToken);
        return assets.Select(MediaUrls.ToImage).ToArray();
    }

    public async Task<IReadOnlyDictionary<Guid, MediaImage>> FirstImagesAsync(
        string contentType, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        if (itemIds.Count == 0)
        {
            return new Dictionary<Guid, MediaImage>();
        }

        var rows = await (
            from image in db.Set<ContentImage>().AsNoTracking()
            join asset in db.Set<MediaAsset>().AsNoTracking() on image.MediaId equals asset.Id
            where image.ContentType == contentType && itemIds.Contains(image.ItemId)
            select new { image.ItemId, image.Position, Asset = asset }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ItemId)
            .ToDictionary(g => g.Key, g => MediaUrls.ToImage(g.MinBy(r => r.Position)!.Asset));
    }

    public async Task SetAsync(ContentItemKey item, IReadOnlyList<Guid> mediaIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediaIds);
        var wanted = mediaIds.Distinct().ToArray();
        var known = await db.Set<MediaAsset>().Where(m => wanted.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
        // An image uploaded in the same unit of work (the editor's inline upload) is staged, not yet saved.
        known.AddRange(db.ChangeTracker.Entries<MediaAsset>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id));
        var unknown = wanted.Except(known).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"Not images of this shop: {string.Join(", ", unknown)}.", nameof(mediaIds));
        }

        var set = db.Set<ContentImage>();
        var current = await set.Where(i => i.ContentType == item.ContentType && i.ItemId == item.ItemId).ToListAsync(cancellationToken);
        set.RemoveRange(current.Where(i => !wanted.Contains(i.MediaId)));
        for (var position = 0; position < wanted.Length; position++)
        {
            var existing = current.Find(i => i.MediaId == wanted[position]);
            if (existing is null)
            {
                set.Add(new ContentImage { ContentType = item.ContentType, ItemId = item.ItemId, MediaId = wanted[position], Position = position });
            }
            else
            {
                existing.Position = position;
            }
        }
    }
}
