using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Content.Pages.Admin.Pages;

/// <summary>Starts a page: a title and an address, then the editor opens on the new draft.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class NewPageModel(PageService pages) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await pages.SaveAsync(null, new PageDraft(Title, Slug, []), new PageSaveOptions(User.Identity?.Name ?? "", Publish: false), ModelState, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = "Page created as a draft. Add blocks, then publish it.";
        return RedirectToPage("Edit", new { pageId = result.Page!.Id });
    }
}
