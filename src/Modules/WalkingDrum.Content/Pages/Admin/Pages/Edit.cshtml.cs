using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Content.Models;
using ShopPage = WalkingDrum.Content.Models.Page;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Content.Pages.Admin.Pages;

/// <summary>
/// Edits one page: title, address, blocks and the parts' sections in one form (one unit of work),
/// plus publishing, the home page, deletion and the version history.
/// </summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class PageEditorModel(WalkingDrumDbContext db, PageService pages, ContentParts parts, MediaChoices media) : PageModel
{
    public const int HistoryLength = 50;

    [FromRoute]
    public Guid PageId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public List<BlockForm> Blocks { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public ShopPage Current { get; private set; } = null!;

    public IReadOnlyList<PageVersion> Versions { get; private set; } = [];

    public IReadOnlyList<ContentPartEditor> PartEditors { get; private set; } = [];

    public IReadOnlyList<MediaChoice> Images { get; private set; } = [];

    /// <summary>Whether the form shows changes (blocks added, moved, removed) that are not saved yet.</summary>
    public bool HasPendingChanges { get; private set; }

    private string Author => User.Identity?.Name ?? "";

    private ContentItemKey Item => new(ContentTypes.Page, PageId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        FillFromDraft();
        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? command, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (BlockCommands.Apply(command, Blocks))
        {
            await KeepPartValuesAsync(cancellationToken);
            HasPendingChanges = true;
            await PrepareAsync(cancellationToken);
            return Page();
        }

        var publish = command == "publish";
        var blocks = Blocks.Select((b, i) => b.ToBlock($"Blocks[{i}].", ModelState)).ToArray();
        if (blocks.All(b => b is not null))
        {
            var draft = new PageDraft(Title, Slug, blocks!);
            var options = new PageSaveOptions(Author, publish, item => parts.UpdateAsync(item, Request.Form, ModelState, cancellationToken));
            var result = await pages.SaveAsync(PageId, draft, options, ModelState, cancellationToken);
            if (result.Outcome == PageOutcome.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                Notice = publish ? "Published. Shoppers see this version now." : "Draft saved. Shoppers do not see it until you publish.";
                return RedirectToPage(new { pageId = PageId });
            }
        }

        return await InvalidAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) =>
        Done(await pages.UnpublishAsync(PageId, cancellationToken), "Unpublished. Shoppers no longer see this page.");

    public async Task<IActionResult> OnPostHomeAsync(bool home, CancellationToken cancellationToken) =>
        Done(await pages.SetHomePageAsync(home ? PageId : null, cancellationToken),
            home ? "This is now your home page. Shoppers see it at your shop's address once it is published." : "This page is no longer your home page.");

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var result = await pages.DeleteAsync(PageId, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Notice"] = $"“{result.Page!.Title}” was deleted.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostRestoreAsync(int version, CancellationToken cancellationToken)
    {
        var errors = new ModelStateDictionary();
        var result = await pages.RestoreAsync(PageId, version, Author, errors, cancellationToken);
        if (result.Outcome == PageOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            return Done(result, $"Version {version} is now the draft. Publish it to show it to shoppers.");
        }

        await LoadAsync(cancellationToken);
        FillFromDraft();
        ModelState.AddModelError("", $"Version {version} cannot be restored: {string.Join(" ", errors.Values.SelectMany(e => e.Errors).Select(e => e.ErrorMessage))}");
        return await InvalidAsync(cancellationToken);
    }

    private IActionResult Done(PageCommandResult result, string notice)
    {
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Notice = notice;
        return RedirectToPage(new { pageId = PageId });
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await PrepareAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await db.Set<ShopPage>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == PageId, cancellationToken);
        Current = page!;
        return page is not null;
    }

    private void FillFromDraft()
    {
        Title = Current.Title;
        Slug = Current.Slug;
        Blocks = PageBlocks.Parse(Current.BlocksJson).Select(BlockForm.From).ToList();
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Versions = await db.Set<PageVersion>().AsNoTracking().Where(v => v.PageId == PageId)
            .OrderByDescending(v => v.Number).Take(HistoryLength).ToListAsync(cancellationToken);
        PartEditors = await parts.BuildEditorsAsync(ContentTypes.Page, PageId, cancellationToken);
        Images = await media.ListAsync(cancellationToken);
    }

    // After a structural button the form is shown again unsaved: the parts' posted values must
    // survive it, while the blocks' stale model state (their indexes moved) must not.
    private async Task KeepPartValuesAsync(CancellationToken cancellationToken)
    {
        var posted = new ModelStateDictionary();
        await parts.UpdateAsync(Item, Request.Form, posted, cancellationToken);
        ModelState.Clear();
        foreach (var (key, entry) in posted)
        {
            ModelState.SetModelValue(key, entry.RawValue, entry.AttemptedValue);
        }
    }
}
