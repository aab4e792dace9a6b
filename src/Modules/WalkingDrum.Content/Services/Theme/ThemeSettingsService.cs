using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Content.Services.Theme;

/// <summary>An image the merchant can pick for the logo or the hero.</summary>
/// <param name="Id">The media item.</param>
/// <param name="Label">File name and alternative text, to recognise it by.</param>
public sealed record MediaChoice(Guid Id, string Label);

/// <summary>
/// The current shop's theme settings: read for every storefront page (so cached per shop and
/// evicted on save) and edited in the admin.
/// </summary>
public sealed class ThemeSettingsService(
    WalkingDrumDbContext db, ITenantContext tenantContext, IMemoryCache cache, DomainEvents events, TimeProvider clock)
{
    /// <summary>How many of the newest images the pickers offer.</summary>
    public const int ImageChoiceLimit = 200;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    internal static string CacheKey(Guid tenantId) => "theme-settings:" + tenantId.ToString("N");

    /// <summary>The settings as the storefront uses them.</summary>
    internal async ValueTask<ThemeDrop> GetViewAsync(CancellationToken cancellationToken)
    {
        var key = CacheKey(tenantContext.TenantId);
        if (cache.TryGetValue(key, out ThemeDrop? cached) && cached is not null)
        {
            return cached;
        }

        var settings = await GetAsync(cancellationToken);
        Guid?[] wanted = [settings.LogoMediaId, settings.HeroImageId];
        var ids = wanted.OfType<Guid>().ToArray();
        var media = ids.Length == 0
            ? []
            : await db.Set<MediaAsset>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        var view = ThemeView.From(settings, media.Find(m => m.Id == settings.LogoMediaId), media.Find(m => m.Id == settings.HeroImageId));
        // Jitter keeps many shops' entries from expiring in the same instant.
        cache.Set(key, view, Lifetime + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Lifetime.TotalMilliseconds / 5));
        return view;
    }

    /// <summary>The saved settings, or the theme's defaults when the shop never saved any.</summary>
    public async Task<ThemeSettings> GetAsync(CancellationToken cancellationToken) =>
        await db.Set<ThemeSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new ThemeSettings();

    /// <summary>The newest images of the media library, plus <paramref name="selected"/> ones when older.</summary>
    public async Task<IReadOnlyList<MediaChoice>> ImageChoicesAsync(IReadOnlyCollection<Guid> selected, CancellationToken cancellationToken)
    {
        var assets = db.Set<MediaAsset>().AsNoTracking();
        // Ids are version-7 GUIDs, so they sort by creation time on both databases (SQLite cannot order by DateTimeOffset).
        var newest = await assets.OrderByDescending(m => m.Id).Take(ImageChoiceLimit)
            .Select(m => new { m.Id, m.FileName, m.Alt }).ToListAsync(cancellationToken);
        var missing = selected.Except(newest.Select(m => m.Id)).ToArray();
        var older = missing.Length == 0
            ? []
            : await assets.Where(m => missing.Contains(m.Id)).Select(m => new { m.Id, m.FileName, m.Alt }).ToListAsync(cancellationToken);
        return newest.Concat(older).Select(m => new MediaChoice(m.Id, $"{m.FileName} — {m.Alt}")).ToArray();
    }

    /// <summary>Whether every id names an image of this shop.</summary>
    public async Task<bool> AreImagesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 || await db.Set<MediaAsset>().CountAsync(m => ids.Contains(m.Id), cancellationToken) == ids.Distinct().Count();

    /// <summary>Saves validated settings, then lets the storefront show them at once.</summary>
    public async Task SaveAsync(ThemeSettings values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        try
        {
            await WriteAsync(values, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first saves raced to insert the shop's row: the other one won, so update it.
            db.ChangeTracker.Clear();
            await WriteAsync(values, cancellationToken);
        }

        cache.Remove(CacheKey(tenantContext.TenantId));
        await events.PublishAsync(new StorefrontChanged(tenantContext.TenantId), cancellationToken);
    }

    private async Task WriteAsync(ThemeSettings values, CancellationToken cancellationToken)
    {
        var set = db.Set<ThemeSettings>();
        var row = await set.FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            // The tenant id is the whole key: set it, or EF would generate a random one.
            row = new ThemeSettings { TenantId = tenantContext.TenantId };
            set.Add(row);
        }

        row.LogoMediaId = values.LogoMediaId;
        row.PrimaryColor = values.PrimaryColor;
        row.AccentColor = values.AccentColor;
        row.BackgroundColor = values.BackgroundColor;
        row.TextColor = values.TextColor;
        row.HeadingFont = values.HeadingFont;
        row.BodyFont = values.BodyFont;
        row.HeroHeading = values.HeroHeading;
        row.HeroText = values.HeroText;
        row.HeroImageId = values.HeroImageId;
        row.HeroCtaLabel = values.HeroCtaLabel;
        row.HeroCtaUrl = values.HeroCtaUrl;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
