using WalkingDrum.Core.Content;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>What a shopper searched for.</summary>
/// <param name="Text">The words typed; empty to list everything the filters let through.</param>
/// <param name="Collection">Slug of a collection the results must belong to.</param>
/// <param name="MinPrice">Lowest price, inclusive.</param>
/// <param name="MaxPrice">Highest price, inclusive.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Results per page.</param>
public sealed record SearchQuery(string Text, string? Collection, Amount? MinPrice, Amount? MaxPrice, int Page, int PageSize);

/// <summary>One result, read from the index alone.</summary>
/// <param name="Item">The item found.</param>
/// <param name="Title">Its title.</param>
/// <param name="Path">Its storefront path relative to the tenant.</param>
/// <param name="Summary">The beginning of its text.</param>
/// <param name="Price">Lowest price (products).</param>
/// <param name="ImageUrl">Thumbnail, relative to the tenant.</param>
/// <param name="ImageAlt">The thumbnail's alternative text.</param>
public sealed record SearchHit(ContentItemKey Item, string Title, string Path, string Summary, Amount? Price, string? ImageUrl, string? ImageAlt);

/// <summary>One page of results.</summary>
/// <param name="Hits">The page's results, best first.</param>
/// <param name="Total">Results on every page together.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total);
