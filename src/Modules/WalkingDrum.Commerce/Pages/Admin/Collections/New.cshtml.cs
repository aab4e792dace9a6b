using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Collections;

/// <summary>Adds a collection; its products are chosen on the edit page that follows.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class NewCollectionModel(CollectionService collections) : PageModel
{
    [BindProperty]
    public CollectionForm Input { get; set; } = new() { Published = true };

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var errors = new CatalogErrors();
        var input = Input.ToInput(withMembers: false, errors);
        var result = input is null ? null : await collections.CreateAsync(input, cancellationToken);
        if (result is { Succeeded: true })
        {
            Notice = $"“{result.Collection!.Title}” was added. Now choose its products.";
            return RedirectToPage("Edit", new { collectionId = result.Collection.Id });
        }

        CollectionErrors.Show(ModelState, result?.Errors ?? errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
