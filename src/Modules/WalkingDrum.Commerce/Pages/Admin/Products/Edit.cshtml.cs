using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Pages.Admin.Products;

/// <summary>Edits or deletes one product of the shop; another shop's product is a 404.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class EditProductModel(
    ProductService products, ProductQueries queries, ContentParts parts, IStoreProfileReader profiles, WalkingDrumDbContext db)
    : ProductEditorPage(products, queries, parts, profiles)
{
    public const string ConfirmValue = "yes";

    public string SavedTitle { get; private set; } = "";

    public string SavedSlug { get; private set; } = "";

    public ProductStatus SavedStatus { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid productId, CancellationToken cancellationToken)
    {
        var product = await Products.FindForEditAsync(productId, cancellationToken);
        if (product is null)
        {
            return NotFound();
        }

        Input = ProductForm.From(product, await CollectionSlugsAsync(productId, cancellationToken));
        return await ShowAsync(productId, product, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid productId, string? command, CancellationToken cancellationToken)
    {
        var saved = await db.Set<Product>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        if (ApplyCommand(command))
        {
            return await ShowAsync(productId, saved, cancellationToken);
        }

        var result = await SaveAsync((input, stageParts) => Products.UpdateAsync(productId, input, stageParts, cancellationToken), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice = "Your changes are saved.";
            return RedirectToPage(new { productId });
        }

        await ShowAsync(productId, saved, cancellationToken);
        return Invalid();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid productId, string? confirm, CancellationToken cancellationToken)
    {
        var product = await Products.FindForEditAsync(productId, cancellationToken);
        if (product is null)
        {
            return NotFound();
        }

        if (confirm != ConfirmValue)
        {
            Input = ProductForm.From(product, await CollectionSlugsAsync(productId, cancellationToken));
            ModelState.Clear();
            ModelState.AddModelError("confirm", "Tick the box to confirm that this product should be deleted.");
            await ShowAsync(productId, product, cancellationToken);
            return Invalid();
        }

        await Products.DeleteAsync(productId, cancellationToken);
        Notice = $"“{product.Title}” was deleted.";
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> ShowAsync(Guid productId, Product saved, CancellationToken cancellationToken)
    {
        ProductId = productId;
        SavedTitle = saved.Title;
        SavedSlug = saved.Slug;
        SavedStatus = saved.Status;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private Task<List<string>> CollectionSlugsAsync(Guid productId, CancellationToken cancellationToken) =>
        (from member in db.Set<CollectionProduct>()
         join collection in db.Set<Collection>() on member.CollectionId equals collection.Id
         where member.ProductId == productId
         select collection.Slug).ToListAsync(cancellationToken);
}
