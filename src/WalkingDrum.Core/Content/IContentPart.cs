using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WalkingDrum.Core.Content;

/// <summary>
/// A part a module adds to products or pages: its own data keyed by the item, an editor section in
/// the admin, and a Liquid snippet on the storefront. The item's editor runs every part inside one
/// unit of work: parts stage changes on the scoped DbContext and never save on their own, so an
/// invalid part leaves the item unchanged.
/// </summary>
public interface IContentPart
{
    /// <summary>Short identifier: the form-field prefix (<c>seo.title</c>) and the Liquid key (<c>parts.seo</c>).</summary>
    string Name { get; }

    /// <summary>Heading of the part's editor section.</summary>
    string DisplayName { get; }

    /// <summary>Position among the item's parts; lower comes first.</summary>
    int Order { get; }

    /// <summary>Whether the part belongs on items of <paramref name="contentType"/>.</summary>
    bool AppliesTo(string contentType);

    /// <summary>Razor partial view (in the module's class library) that renders the editor section.</summary>
    string EditorView { get; }

    /// <summary>The model <see cref="EditorView"/> renders for an item; <see langword="null"/> item id means a new item.</summary>
    Task<object> BuildEditorAsync(string contentType, Guid? itemId, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the part's fields from the posted form, records problems in <paramref name="errors"/>
    /// under <c>{Name}.{field}</c> keys, and stages valid changes without saving.
    /// </summary>
    Task UpdateAsync(ContentItemKey item, IFormCollection form, ModelStateDictionary errors, CancellationToken cancellationToken);

    /// <summary>
    /// Data the storefront sees as <c>parts.{Name}</c>; <see langword="null"/> when the item has none.
    /// Storefront pages cache it until the shop publishes, so it must not depend on the request.
    /// </summary>
    Task<object?> BuildDropAsync(ContentItemKey item, CancellationToken cancellationToken);

    /// <summary>Liquid rendered on the item's storefront page with the drop as <c>part</c>; <see langword="null"/> for none.</summary>
    string? StorefrontSnippet { get; }

    /// <summary>Stages removal of the part's data when the item is deleted.</summary>
    Task DeleteAsync(ContentItemKey item, CancellationToken cancellationToken);
}
