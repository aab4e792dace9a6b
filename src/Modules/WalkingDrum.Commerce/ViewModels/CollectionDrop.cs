using WalkingDrum.Core.Catalog;

namespace WalkingDrum.Commerce.ViewModels;

/// <summary>The <c>collection</c> object of <c>collection.liquid</c>, and each entry of <c>collections</c>.</summary>
/// <param name="Title">Collection title.</param>
/// <param name="Url">Its path relative to the shop (<c>/collections/{slug}</c>).</param>
/// <param name="DescriptionHtml">Sanitized HTML, to output with <c>| raw</c>.</param>
public sealed record CollectionDrop(string Title, string Url, string DescriptionHtml);

/// <summary>One page of a collection's products (<c>listing</c>).</summary>
/// <param name="Cards">The products of this page, for <c>{% render 'product-card' %}</c>.</param>
/// <param name="TotalProducts">Published products in the collection.</param>
/// <param name="Sort">The sort in use.</param>
/// <param name="SortOptions">Every sort, for the sort form.</param>
/// <param name="Pages">Links to every page (empty when there is one page).</param>
/// <param name="PreviousUrl">Link to the page before, or empty.</param>
/// <param name="NextUrl">Link to the page after, or empty.</param>
public sealed record CollectionListingDrop(
    IReadOnlyList<ProductCard> Cards,
    int TotalProducts,
    string Sort,
    IReadOnlyList<ChoiceDrop> SortOptions,
    IReadOnlyList<PageLinkDrop> Pages,
    string PreviousUrl,
    string NextUrl);

/// <summary>An option of a select (<c>value</c>, <c>label</c>, <c>selected</c>).</summary>
public sealed record ChoiceDrop(string Value, string Label, bool Selected);

/// <summary>A link to one page of a listing.</summary>
public sealed record PageLinkDrop(int Number, string Url, bool Current);
