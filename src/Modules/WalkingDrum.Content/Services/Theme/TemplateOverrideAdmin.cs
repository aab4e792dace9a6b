using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Content.Services.Theme;

/// <summary>The outcome of checking an override before it is saved or previewed.</summary>
/// <param name="Error">Why the source cannot run, fit to show the merchant; <see langword="null"/> when it can.</param>
/// <param name="Line">The line the problem is on, when known.</param>
public sealed record OverrideCheck(string? Error, int? Line)
{
    /// <summary>Whether the source is fit to save and run.</summary>
    public bool IsValid => Error is null;
}

/// <summary>The owner's editing of template overrides: list, check, save, enable, revert.</summary>
public sealed class TemplateOverrideAdmin(
    WalkingDrumDbContext db,
    ThemeRenderer theme,
    TemplateOverrideStore store,
    ITenantContext tenantContext,
    DomainEvents events,
    TimeProvider clock)
{
    /// <summary>The shop's overrides by template name.</summary>
    public async Task<IReadOnlyDictionary<string, TemplateOverride>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<TemplateOverride>().AsNoTracking().ToDictionaryAsync(t => t.TemplateName, StringComparer.Ordinal, cancellationToken);

    /// <summary>The shop's override of <paramref name="templateName"/>, if any.</summary>
    public Task<TemplateOverride?> FindAsync(string templateName, CancellationToken cancellationToken) =>
        db.Set<TemplateOverride>().AsNoTracking().FirstOrDefaultAsync(t => t.TemplateName == templateName, cancellationToken);

    /// <summary>
    /// Parses <paramref name="source"/> as the storefront would and checks that every template it
    /// renders exists in the theme, so that nothing that cannot run is ever saved.
    /// </summary>
    public OverrideCheck Check(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return new OverrideCheck("Enter the template's Liquid source, or revert to the theme's template.", null);
        }

        if (!TemplateSyntax.TryParse(source, out var template, out var error))
        {
            return new OverrideCheck(error.ToString(), error.Line);
        }

        var unknown = TemplateSyntax.PartialsOf(template).Where(p => !theme.TemplateNames.Contains(p)).Order(StringComparer.Ordinal).ToArray();
        return unknown.Length == 0
            ? new OverrideCheck(null, null)
            : new OverrideCheck($"The theme has no template named {string.Join(", ", unknown.Select(u => $"'{u}'"))} to render.", null);
    }

    /// <summary>Saves a checked source; a saved override starts with no recorded error.</summary>
    public async Task SaveAsync(string templateName, string source, bool enabled, string author, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(templateName, source, enabled, author, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second first save of the same template won the insert: update that row instead.
            db.ChangeTracker.Clear();
            await WriteAsync(templateName, source, enabled, author, cancellationToken);
        }

        await PublishAsync(cancellationToken);
    }

    private async Task WriteAsync(string templateName, string source, bool enabled, string author, CancellationToken cancellationToken)
    {
        var set = db.Set<TemplateOverride>();
        var row = await set.FirstOrDefaultAsync(t => t.TemplateName == templateName, cancellationToken);
        if (row is null)
        {
            row = new TemplateOverride { TemplateName = templateName, Source = source };
            set.Add(row);
        }

        row.Source = source;
        row.IsEnabled = enabled;
        row.LastRenderError = null;
        row.LastRenderErrorAt = null;
        row.UpdatedBy = author;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the override: the theme's template is used again.</summary>
    public async Task RevertAsync(string templateName, CancellationToken cancellationToken)
    {
        var set = db.Set<TemplateOverride>();
        if (await set.FirstOrDefaultAsync(t => t.TemplateName == templateName, cancellationToken) is { } row)
        {
            set.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
            await PublishAsync(cancellationToken);
        }
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        store.Invalidate();
        await events.PublishAsync(new StorefrontChanged(tenantContext.TenantId), cancellationToken);
    }
}
