using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Services.Theme;

/// <summary>
/// The shop's enabled template overrides for the renderer, parsed once and cached per shop until
/// one is saved; render failures are written to the override at most once a minute, so a broken
/// page under load does not turn every request into a database write.
/// </summary>
public sealed partial class TemplateOverrideStore(
    WalkingDrumDbContext db,
    ITenantContext tenantContext,
    ITenantScopeRunner scopes,
    IMemoryCache cache,
    TimeProvider clock,
    ILogger<TemplateOverrideStore> logger) : ITemplateOverrides
{
    /// <summary>How often a failing override's error is written.</summary>
    public static readonly TimeSpan ErrorWriteInterval = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string CacheKey(Guid tenantId) => "template-overrides:" + tenantId.ToString("N");

    private static string ErrorKey(Guid tenantId, string templateName) => $"template-override-error:{tenantId:N}:{templateName}";

    public async ValueTask<TemplateOverrideSet> GetAsync(CancellationToken cancellationToken)
    {
        var key = CacheKey(tenantContext.TenantId);
        if (cache.TryGetValue(key, out TemplateOverrideSet? cached) && cached is not null)
        {
            return cached;
        }

        var rows = await db.Set<TemplateOverride>().AsNoTracking().Where(t => t.IsEnabled)
            .Select(t => new { t.TemplateName, t.Source, t.UpdatedAt }).ToListAsync(cancellationToken);
        var set = rows.Count == 0
            ? TemplateOverrideSet.Empty
            : new TemplateOverrideSet(rows.Select(r => new TemplateSource(r.TemplateName, r.Source)), rows.Max(r => r.UpdatedAt));
        cache.Set(key, set, Lifetime + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Lifetime.TotalMilliseconds / 5));
        foreach (var (name, error) in set.Rejected)
        {
            // Saved sources always parsed; one that no longer does (a parser upgrade) is shown to the merchant.
            await ReportFailureAsync(name, "The template no longer parses: " + error, cancellationToken);
        }

        return set;
    }

    public async Task ReportFailureAsync(string templateName, string error, CancellationToken cancellationToken)
    {
        var tenant = tenantContext.Tenant;
        var key = ErrorKey(tenant.Id, templateName);
        if (cache.TryGetValue(key, out _))
        {
            return;
        }

        cache.Set(key, true, ErrorWriteInterval);
        try
        {
            // Its own scope: the page being rendered may have tracked changes that are not ours to save.
            await scopes.RunAsync(tenant, async services =>
            {
                var scoped = services.GetRequiredService<WalkingDrumDbContext>();
                var row = await scoped.Set<TemplateOverride>().FirstOrDefaultAsync(t => t.TemplateName == templateName, cancellationToken);
                var now = clock.GetUtcNow();
                if (row is null || now - row.LastRenderErrorAt < ErrorWriteInterval)
                {
                    return;
                }

                row.LastRenderError = error.Length > 2000 ? error[..2000] : error;
                row.LastRenderErrorAt = now;
                await scoped.SaveChangesAsync(cancellationToken);
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReportFailed(logger, ex, templateName);
        }
    }

    /// <summary>Drops the shop's parsed overrides, so the next page reads the saved ones.</summary>
    public void Invalidate() => cache.Remove(CacheKey(tenantContext.TenantId));

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the render failure of the {TemplateName} override")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string templateName);
}
