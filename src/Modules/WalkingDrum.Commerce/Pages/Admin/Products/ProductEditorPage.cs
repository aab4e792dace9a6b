using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Pages.Admin.Products;

/// <summary>
/// What the new-product and edit-product pages share: the form, its variant-row commands (which
/// work as plain submit buttons, and through htmx without a full reload), the collections to
/// choose from, and the content parts' sections, all saved in one unit of work.
/// </summary>
public abstract class ProductEditorPage(ProductService products, ProductQueries queries, ContentParts parts, IStoreProfileReader profiles) : PageModel
{
    public const string AddVariant = "add-variant";
    public const string RemoveVariant = "remove-variant:";
    public const string Refresh = "refresh";

    [BindProperty]
    public ProductForm Input { get; set; } = ProductForm.Blank();

    public IReadOnlyList<ContentPartEditor> PartEditors { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title, string Slug)> AllCollections { get; private set; } = [];

    public string Currency { get; private set; } = "";

    /// <summary>The product being edited; null on the new-product page.</summary>
    public Guid? ProductId { get; protected set; }

    /// <summary>Set after a save, for the confirmation message.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>This page's own address, which the variant-row buttons post to through htmx.</summary>
    public string SelfUrl => Request.PathBase + Request.Path;

    protected ProductService Products => products;

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        AllCollections = await queries.CollectionsAsync(cancellationToken);
        Currency = (await profiles.GetAsync(cancellationToken)).Currency;
        PartEditors = await parts.BuildEditorsAsync(ContentTypes.Product, ProductId, cancellationToken);
    }

    /// <summary>
    /// Applies a variant-row command and re-shows the form without saving; false when the post is
    /// a save. Model state is cleared so the re-shown rows show the changed form, not the post.
    /// </summary>
    protected bool ApplyCommand(string? command)
    {
        Input.Normalized();
        if (string.IsNullOrEmpty(command))
        {
            return false;
        }

        ModelState.Clear();
        if (command == AddVariant)
        {
            Input.Variants.Add(new VariantForm { OptionValues = ["", "", ""] });
        }
        else if (command.StartsWith(RemoveVariant, StringComparison.Ordinal)
                 && int.TryParse(command[RemoveVariant.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                 && index < Input.Variants.Count)
        {
            Input.Variants.RemoveAt(index);
            Input.Normalized();
        }

        return true;
    }

    /// <summary>Runs the save with every part staged alongside; errors go to the fields they concern.</summary>
    protected async Task<ProductSaveResult?> SaveAsync(
        Func<ProductInput, PartsStager, Task<ProductSaveResult?>> save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(save);
        // Binding problems are re-checked by the catalog's rules with clearer messages.
        ModelState.Clear();
        var result = await save(Input.ToInput(), StagePartsAsync);
        if (result is { Succeeded: false })
        {
            foreach (var (field, messages) in result.Errors.ByField)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, message);
                }
            }
        }

        return result;
    }

    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> StagePartsAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        var before = ModelState.ErrorCount;
        await parts.UpdateAsync(item, Request.Form, ModelState, cancellationToken);
        return ModelState.ErrorCount == before;
    }
}
