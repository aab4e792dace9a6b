using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;

namespace WalkingDrum.Content.Services;

/// <summary>The storefront's header and footer menus: read, checked and saved together.</summary>
public sealed class MenuService(WalkingDrumDbContext db, DomainEvents events, TimeProvider clock)
{
    public const int MaxLinks = 20;
    public const int MaxLabel = 60;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Both menus' links, empty when a menu was never saved.</summary>
    public async Task<(IReadOnlyList<MenuLink> Header, IReadOnlyList<MenuLink> Footer)> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Menu>().AsNoTracking()
            .Where(m => m.Handle == Menu.Header || m.Handle == Menu.Footer)
            .ToDictionaryAsync(m => m.Handle, m => m.ItemsJson, cancellationToken);
        return (Parse(rows.GetValueOrDefault(Menu.Header)), Parse(rows.GetValueOrDefault(Menu.Footer)));
    }

    /// <summary>
    /// Checks both menus (errors under <c>Header[i].Label</c> and the like; rows left entirely empty
    /// are ignored) and saves them with one SaveChanges when both are valid.
    /// </summary>
    public async Task<bool> SaveAsync(IReadOnlyList<MenuLink> header, IReadOnlyList<MenuLink> footer, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var cleanHeader = Check(header, "Header", errors);
        var cleanFooter = Check(footer, "Footer", errors);
        if (errors.ErrorCount > 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var (handle, links) in new[] { (Menu.Header, cleanHeader), (Menu.Footer, cleanFooter) })
        {
            var row = await db.Set<Menu>().FirstOrDefaultAsync(m => m.Handle == handle, cancellationToken);
            if (row is null)
            {
                row = new Menu { Handle = handle };
                db.Add(row);
            }

            row.ItemsJson = JsonSerializer.Serialize(links, Json);
            row.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new StorefrontChanged(db.CurrentTenantId), cancellationToken);
        return true;
    }

    private static MenuLink[] Check(IReadOnlyList<MenuLink> links, string prefix, ModelStateDictionary errors)
    {
        var kept = new List<MenuLink>();
        for (var i = 0; i < links.Count; i++)
        {
            var label = new string((links[i].Label ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
            var url = (links[i].Url ?? "").Trim();
            if (label.Length == 0 && url.Length == 0)
            {
                continue;
            }

            var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}].");
            if (label.Length == 0)
            {
                errors.AddModelError(key + "Label", "Enter the link's text.");
            }
            else if (label.Length > MaxLabel)
            {
                errors.AddModelError(key + "Label", $"Use at most {MaxLabel} characters.");
            }

            if (url.Length == 0)
            {
                errors.AddModelError(key + "Url", "Enter where the link leads.");
            }
            else if (!LinkUrls.IsSafe(url))
            {
                errors.AddModelError(key + "Url", LinkUrls.Rule);
            }

            kept.Add(new MenuLink(label, url));
        }

        if (kept.Count > MaxLinks)
        {
            errors.AddModelError(prefix, $"A menu can have at most {MaxLinks} links.");
        }

        return kept.ToArray();
    }

    private static MenuLink[] Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<MenuLink[]>(json, Json) ?? [];
}
