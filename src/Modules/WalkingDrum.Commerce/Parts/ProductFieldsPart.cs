using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Parts;

/// <summary>
/// The <c>fields</c> part: merchant-defined name/value pairs on a product (origin, roast level),
/// edited in the product editor and shown as a definition list on the product page.
/// </summary>
internal sealed class ProductFieldsPart(WalkingDrumDbContext db, ProductFieldStaging staging) : IContentPart
{
    public string Name => "fields";

    public string DisplayName => "Custom fields";

    public int Order => 50;

    public string EditorView => "/Pages/Shared/Parts/_ProductFields.cshtml";

    public string? StorefrontSnippet => """
        <section class="product-fields" aria-labelledby="product-fields-heading">
          <h2 id="product-fields-heading">Details</h2>
          <dl>{% for field in part.fields %}<dt>{{ field.name }}</dt><dd>{{ field.value }}</dd>{% endfor %}</dl>
        </section>
        """;

    public bool AppliesTo(string contentType) => contentType == ContentTypes.Product;

    public async Task<object> BuildEditorAsync(string contentType, Guid? itemId, CancellationToken cancellationToken)
    {
        var rows = itemId is { } id
            ? await Fields(id).Select(f => new ProductFieldRow(f.Name, f.Value)).ToListAsync(cancellationToken)
            : [];
        return ProductFieldsEditor.WithBlanks(rows);
    }

    public async Task UpdateAsync(ContentItemKey item, IFormCollection form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var posted = ProductFieldsEditor.FromForm(form);
        if (posted is null)
        {
            return;
        }

        var removed = form[ProductFieldsEditor.RemoveKey].Select(v => int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1).ToHashSet();
        var rows = posted.Rows
            .Select((row, i) => removed.Contains(i) ? new KeyValuePair<string?, string?>(null, null) : new(row.Name, row.Value))
            .ToArray();
        var problems = new CatalogErrors();
        var fields = ProductFieldRules.Validate(rows, Name, problems);
        foreach (var (key, messages) in problems.ByField)
        {
            foreach (var message in messages)
            {
                errors.AddModelError(ToFormKey(key), message);
            }
        }

        if (problems.IsEmpty)
        {
            var isNew = !await db.Set<Product>().AnyAsync(p => p.Id == item.ItemId, cancellationToken);
            await staging.StageAsync(item.ItemId, isNew, fields, cancellationToken);
        }
    }

    public async Task<object?> BuildDropAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        var fields = await Fields(item.ItemId).AsNoTracking()
            .Select(f => new ProductFieldDrop(f.Name, f.Value)).ToListAsync(cancellationToken);
        return fields.Count == 0 ? null : new ProductFieldsDrop(fields);
    }

    public Task DeleteAsync(ContentItemKey item, CancellationToken cancellationToken) =>
        staging.RemoveAllAsync(item.ItemId, cancellationToken);

    private IQueryable<ProductField> Fields(Guid productId) =>
        db.Set<ProductField>().Where(f => f.ProductId == productId).OrderBy(f => f.Position);

    // "fields[2].Name" from the shared rules becomes the editor's "fields.name[2]".
    private string ToFormKey(string key)
    {
        if (key == Name)
        {
            return Name;
        }

        var open = key.IndexOf('[', StringComparison.Ordinal);
        var close = key.IndexOf(']', StringComparison.Ordinal);
        var row = key[(open + 1)..close];
        var field = key[(close + 2)..].ToLowerInvariant();
        return $"{Name}.{field}[{row}]";
    }
}
