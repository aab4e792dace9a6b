using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Pages.Admin.Products;

/// <summary>Adds a product.</summary>
[Authorize(Roles = Roles.AdminRoles)]
public sealed class NewProductModel(ProductService products, ProductQueries queries, ContentParts parts, IStoreProfileReader profiles)
    : ProductEditorPage(products, queries, parts, profiles)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? command, CancellationToken cancellationToken)
    {
        if (ApplyCommand(command))
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var result = await SaveAsync(async (input, stageParts) => await Products.CreateAsync(input, stageParts, cancellationToken), cancellationToken);
        if (result is { Succeeded: true })
        {
            Notice = $"“{result.Product!.Title}” was added.";
            return RedirectToPage("Edit", new { productId = result.Product.Id });
        }

        await LoadChoicesAsync(cancellationToken);
        return Invalid();
    }
}
