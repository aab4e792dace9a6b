using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Services;

/// <summary>An image the merchant can pick in an editor.</summary>
public sealed record MediaChoice(Guid Id, string Label);

/// <summary>The newest images of the media library, for the image pickers of page blocks and SEO.</summary>
public sealed class MediaChoices(WalkingDrumDbContext db)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<MediaChoice>> ListAsync(CancellationToken cancellationToken)
    {
        var assets = await db.Set<MediaAsset>().AsNoTracking()
            // Version-7 ids follow creation order, and SQLite cannot order by DateTimeOffset.
            .OrderByDescending(m => m.Id).Take(Limit)
            .Select(m => new { m.Id, m.Alt, m.FileName })
            .ToListAsync(cancellationToken);
        return assets.Select(a => new MediaChoice(a.Id, $"{a.Alt} ({a.FileName})")).ToArray();
    }
}
