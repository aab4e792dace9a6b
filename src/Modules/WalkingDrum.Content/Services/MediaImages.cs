using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Content.Services;

/// <summary>Media-library lookups by id for other parts of the shop.</summary>
internal sealed class MediaImages(WalkingDrumDbContext db) : IMediaImages
{
    public async Task<IReadOnlyDictionary<Guid, MediaImage>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, MediaImage>();
        }

        var assets = await db.Set<MediaAsset>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        return assets.ToDictionary(a => a.Id, MediaUrls.ToImage);
    }
}
