using WalkingDrum.Core.Catalog;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>The <c>search</c> object of <c>search.liquid</c>.</summary>
/// <param name="Query">The words searched for.</param>
/// <param name="Searched">Whether anything was asked (words or filters); false shows the prompt.</param>
/// <param name="Total">Results on every page.</param>
/// <param name="Page">This page, 1-based.</param>
/// <param name="PageCount">Pages of results.</param>
/// <param name="Results">This page's results, best first.</param>
/// <param name="Collections">Choices of the collection filter.</param>
/// <param name="Min">The lowest price as typed.</param>
/// <param name="Max">The highest price as typed.</param>
/// <param name="MinError">Why the lowest price was not used.</param>
/// <param name="MaxError">Why the highest price was not used.</param>
/// <param name="Currency">The shop's currency code, for the price labels.</param>
/// <param name="PreviousQuery">Query string of the previous page, if any.</param>
/// <param name="NextQuery">Query string of the next page, if any.</param>
/// <param name="FirstQuery">Query string of the first page.</param>
public sealed record SearchPageDrop(
    string Query,
    bool Searched,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<SearchResultDrop> Results,
    IReadOnlyList<SearchCollectionDrop> Collections,
    string Min,
    string Max,
    string? MinError,
    string? MaxError,
    string Currency,
    string? PreviousQuery,
    string? NextQuery,
    string FirstQuery);

/// <summary>One result: products carry a <paramref name="Card"/> for the shared product card.</summary>
/// <param name="Type">Content type (<c>product</c>, <c>page</c>).</param>
/// <param name="Title">Title.</param>
/// <param name="Url">Storefront path relative to the tenant.</param>
/// <param name="Snippet">The beginning of its text.</param>
/// <param name="Card">The product card, for products.</param>
public sealed record SearchResultDrop(string Type, string Title, string Url, string Snippet, ProductCard? Card);

/// <summary>A collection the shopper can filter by.</summary>
/// <param name="Slug">Its slug, the filter's value.</param>
/// <param name="Title">Its title.</param>
/// <param name="Selected">Whether the filter is set to it.</param>
public sealed record SearchCollectionDrop(string Slug, string Title, bool Selected);
