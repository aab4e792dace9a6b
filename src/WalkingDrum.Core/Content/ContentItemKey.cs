namespace WalkingDrum.Core.Content;

/// <summary>The kinds of content item that parts attach to.</summary>
public static class ContentTypes
{
    /// <summary>A page of the storefront (Content module).</summary>
    public const string Page = "page";

    /// <summary>A product of the catalog (Commerce module).</summary>
    public const string Product = "product";
}

/// <summary>Names one content item of the current tenant.</summary>
/// <param name="ContentType">One of <see cref="ContentTypes"/>.</param>
/// <param name="ItemId">The item's id.</param>
public readonly record struct ContentItemKey(string ContentType, Guid ItemId);
