using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Content.Pages.Admin.Menus;

/// <summary>
/// Edits the header and footer menus as one form. Add, move and remove buttons change the posted
/// rows without saving (plain forms; htmx spares the reload); Save checks and stores both menus.
/// </summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class MenusModel(MenuService menus) : PageModel
{
    [BindProperty]
    public List<MenuLinkForm> Header { get; set; } = [];

    [BindProperty]
    public List<MenuLinkForm> Footer { get; set; } = [];

    [TempData]
    public bool Saved { get; set; }

    public bool HasPendingChanges { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (header, footer) = await menus.LoadAsync(cancellationToken);
        Header = header.Select(MenuLinkForm.From).ToList();
        Footer = footer.Select(MenuLinkForm.From).ToList();
    }

    public async Task<IActionResult> OnPostAsync(string? command, CancellationToken cancellationToken)
    {
        if (Apply(command))
        {
            ModelState.Clear();
            HasPendingChanges = true;
            return Page();
        }

        if (await menus.SaveAsync(ToLinks(Header), ToLinks(Footer), ModelState, cancellationToken))
        {
            Saved = true;
            return RedirectToPage();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static MenuLink[] ToLinks(List<MenuLinkForm> rows) => rows.Select(r => new MenuLink(r.Label ?? "", r.Url ?? "")).ToArray();

    // "add:header", "up:footer:2", "down:header:0", "remove:footer:1".
    private bool Apply(string? command)
    {
        var parts = (command ?? "").Split(':');
        var rows = parts.Length > 1 ? parts[1] switch { Menu.Header => Header, Menu.Footer => Footer, _ => null } : null;
        if (rows is null)
        {
            return false;
        }

        var i = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
        var known = i >= 0 && i < rows.Count;
        switch (parts[0])
        {
            case "add" when rows.Count < MenuService.MaxLinks:
                rows.Add(new MenuLinkForm());
                break;
            case "up" when known && i > 0:
                (rows[i - 1], rows[i]) = (rows[i], rows[i - 1]);
                break;
            case "down" when known && i < rows.Count - 1:
                (rows[i + 1], rows[i]) = (rows[i], rows[i + 1]);
                break;
            case "remove" when known:
                rows.RemoveAt(i);
                break;
        }

        return parts[0] is "add" or "up" or "down" or "remove";
    }
}

/// <summary>One menu row as posted; the menu service checks it.</summary>
[ValidateNever]
public sealed class MenuLinkForm
{
    public string? Label { get; set; }

    public string? Url { get; set; }

    public static MenuLinkForm From(MenuLink link) => new() { Label = link.Label, Url = link.Url };
}
