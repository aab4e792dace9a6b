using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WalkingDrum.Core.Content;

/// <summary>A part's editor section: the partial view and the model it renders.</summary>
public sealed record ContentPartEditor(IContentPart Part, object Model);

/// <summary>A part's storefront data with the snippet that shows it.</summary>
public sealed record ContentPartDrop(IContentPart Part, object? Drop);

/// <summary>Runs the parts registered for a content type, in order, for an item's editor and page.</summary>
public sealed class ContentParts(IEnumerable<IContentPart> parts)
{
    private readonly IContentPart[] _parts = parts.OrderBy(p => p.Order).ThenBy(p => p.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The parts of <paramref name="contentType"/>, in order.</summary>
    public IReadOnlyList<IContentPart> For(string contentType) =>
        _parts.Where(p => p.AppliesTo(contentType)).ToArray();

    /// <summary>Editor sections for an item (or a new item when <paramref name="itemId"/> is null).</summary>
    public async Task<IReadOnlyList<ContentPartEditor>> BuildEditorsAsync(string contentType, Guid? itemId, CancellationToken cancellationToken)
    {
        var editors = new List<ContentPartEditor>();
        foreach (var part in For(contentType))
        {
            editors.Add(new ContentPartEditor(part, await part.BuildEditorAsync(contentType, itemId, cancellationToken)));
        }

        return editors;
    }

    /// <summary>Lets every part read its fields; the caller saves once, and only when <paramref name="errors"/> stays valid.</summary>
    public async Task UpdateAsync(ContentItemKey item, IFormCollection form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        foreach (var part in For(item.ContentType))
        {
            await part.UpdateAsync(item, form, errors, cancellationToken);
        }
    }

    /// <summary>Storefront data of every part of the item that shows something (has a storefront snippet).</summary>
    public async Task<IReadOnlyList<ContentPartDrop>> BuildDropsAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        var drops = new List<ContentPartDrop>();
        foreach (var part in For(item.ContentType).Where(p => p.StorefrontSnippet is not null))
        {
            drops.Add(new ContentPartDrop(part, await part.BuildDropAsync(item, cancellationToken)));
        }

        return drops;
    }

    /// <summary>Stages removal of every part's data for a deleted item.</summary>
    public async Task DeleteAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        foreach (var part in For(item.ContentType))
        {
            await part.DeleteAsync(item, cancellationToken);
        }
    }
}
