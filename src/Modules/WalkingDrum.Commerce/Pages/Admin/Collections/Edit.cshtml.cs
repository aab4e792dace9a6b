using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Pages.Admin.Collections;

/// <summary>Edits a collection: its fields, its products and their order; or deletes it.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class EditCollectionModel(WalkingDrumDbContext db, CollectionService collections, ProductQueries queries) : PageModel
{
    public const string ConfirmValue = "yes";
    public const int SearchResults = 20;

    [BindProperty]
    public CollectionForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Guid CollectionId { get; private set; }

    public string SavedTitle { get; private set; } = "";

    public string SavedSlug { get; private set; } = "";

    public bool SavedPublished { get; private set; }

    /// <summary>Titles and statuses of the products on the form, by id.</summary>
    public IReadOnlyDictionary<Guid, (string Title, ProductStatus Status)> Products { get; private set; } = new Dictionary<Guid, (string, ProductStatus)>();

    /// <summary>Products matching <see cref="Search"/> that are not members yet.</summary>
    public IReadOnlyList<ProductRow> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        var collection = await FindAsync(collectionId, cancellationToken);
        if (collection is null)
        {
            return NotFound();
        }

        var members = await db.Set<CollectionProduct>().Where(m => m.CollectionId == collectionId)
            .OrderBy(m => m.Position).Select(m => m.ProductId).ToListAsync(cancellationToken);
        Input = CollectionForm.From(collection, members);
        await ShowAsync(collection, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        var collection = await FindAsync(collectionId, cancellationToken);
        if (collection is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var errors = new CatalogErrors();
        var input = Input.ToInput(withMembers: true, errors);
        var result = input is null ? null : await collections.UpdateAsync(collectionId, input, cancellationToken);
        if (result is { Succeeded: true })
        {
            Notice = "Your changes are saved.";
            return RedirectToPage(new { collectionId });
        }

        CollectionErrors.Show(ModelState, result?.Errors ?? errors);
        await ShowAsync(collection, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid collectionId, string? confirm, CancellationToken cancellationToken)
    {
        var collection = await FindAsync(collectionId, cancellationToken);
        if (collection is null)
        {
            return NotFound();
        }

        if (confirm != ConfirmValue)
        {
            ModelState.Clear();
            ModelState.AddModelError("confirm", "Tick the box to confirm that this collection should be deleted.");
            var members = await db.Set<CollectionProduct>().Where(m => m.CollectionId == collectionId)
                .OrderBy(m => m.Position).Select(m => m.ProductId).ToListAsync(cancellationToken);
            Input = CollectionForm.From(collection, members);
            await ShowAsync(collection, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await collections.DeleteAsync(collectionId, cancellationToken);
        Notice = $"“{collection.Title}” was deleted. Its products are still in your shop.";
        return RedirectToPage("Index");
    }

    private Task<Collection?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Collection>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private async Task ShowAsync(Collection collection, CancellationToken cancellationToken)
    {
        CollectionId = collection.Id;
        SavedTitle = collection.Title;
        SavedSlug = collection.Slug;
        SavedPublished = collection.IsPublished;
        var ids = Input.Members.Select(m => m.ProductId).Concat(Input.Add).Distinct().ToArray();
        Products = await db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Title, p.Status), cancellationToken);
        // Rows whose product was deleted meanwhile are dropped from the form.
        Input.Members.RemoveAll(m => !Products.ContainsKey(m.ProductId));
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var found = await queries.ListAsync(new ProductFilter(Search, null, null, null, 1), cancellationToken);
            Candidates = [.. found.Rows.Where(r => !Products.ContainsKey(r.Id)).Take(SearchResults)];
        }
    }
}
