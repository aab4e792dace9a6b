using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Text;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>One page of a published collection as the storefront shows it, kept in the storefront read cache.</summary>
/// <param name="Collection">The collection's title, address and sanitized description.</param>
/// <param name="Listing">The page of its products with sorting and paging links.</param>
/// <param name="Description">The page's meta description.</param>
internal sealed record CollectionPageData(CollectionDrop Collection, CollectionListingDrop Listing, string? Description);

/// <summary>Reads one page of a published collection's published products in the order a shopper chose.</summary>
internal sealed class CollectionPageBuilder(WalkingDrumDbContext db, ProductCards cards)
{
    public const int PageSize = 24;

    /// <summary>Pages past this are not offered; it also bounds how many pages can be cached.</summary>
    public const int MaxPage = 10_000;

    private static readonly (string Value, string Label)[] Sorts =
    [
        ("featured", "Featured"),
        ("title", "Name, A to Z"),
        ("price-asc", "Price, low to high"),
        ("price-desc", "Price, high to low"),
        ("newest", "Newest"),
    ];

    /// <summary>The sort a shopper asked for (the default when unknown) and the page number (1 when not a number).</summary>
    public static (string Sort, int Page) Normalize(string? sort, string? page) =>
        (Sorts.Any(s => s.Value == sort) ? sort! : Sorts[0].Value,
         int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, MaxPage) : 1);

    /// <summary>The published collection's page; null when there is no such collection.</summary>
    public async Task<CollectionPageData?> LoadPublishedAsync(string slug, string sort, int page, CancellationToken cancellationToken)
    {
        var collection = await db.Set<Collection>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsPublished, cancellationToken);
        if (collection is null)
        {
            return null;
        }

        var listing = await ListingAsync(collection, sort, page, cancellationToken);
        var drop = new CollectionDrop(collection.Title, CatalogPaths.Collection(collection.Slug), MerchantHtml.Sanitize(collection.DescriptionHtml));
        return new CollectionPageData(drop, listing, CatalogText.Summary(MerchantHtml.ToPlainText(collection.DescriptionHtml)));
    }

    private async Task<CollectionListingDrop> ListingAsync(Collection collection, string chosen, int requestedPage, CancellationToken cancellationToken)
    {
        var members =
            from member in db.Set<CollectionProduct>().AsNoTracking()
            join product in db.Set<Product>().AsNoTracking() on member.ProductId equals product.Id
            where member.CollectionId == collection.Id && product.Status == ProductStatus.Active
            select new { member.Position, Product = product };
        var total = await members.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Min(requestedPage, pageCount);
        var ordered = chosen switch
        {
            "title" => members.OrderBy(m => m.Product.Title).ThenBy(m => m.Product.Id),
            "price-asc" => members.OrderBy(m => m.Product.Variants.Min(v => v.PriceMinor)).ThenBy(m => m.Product.Title),
            "price-desc" => members.OrderByDescending(m => m.Product.Variants.Min(v => v.PriceMinor)).ThenBy(m => m.Product.Title),
            // Ids are version-7 GUIDs, so they sort by creation time on both databases.
            "newest" => members.OrderByDescending(m => m.Product.Id),
            _ => members.OrderBy(m => m.Position).ThenBy(m => m.Product.Title),
        };
        // Only the keys are sorted; the page's two dozen products are then read by id. Sorting whole
        // rows (and sorting again for their variants) cost more than both steps together.
        var ids = await ordered.Skip((number - 1) * PageSize).Take(PageSize).Select(m => m.Product.Id).ToListAsync(cancellationToken);
        var shown = await cards.FindAsync(ids, cancellationToken);
        var path = CatalogPaths.Collection(collection.Slug);
        string Link(int p) => path + Query(chosen, p);
        return new CollectionListingDrop(
            shown,
            total,
            chosen,
            [.. Sorts.Select(s => new ChoiceDrop(s.Value, s.Label, s.Value == chosen))],
            pageCount == 1 ? [] : [.. Enumerable.Range(1, pageCount).Select(p => new PageLinkDrop(p, Link(p), p == number))],
            number > 1 ? Link(number - 1) : "",
            number < pageCount ? Link(number + 1) : "");
    }

    private static string Query(string sort, int page)
    {
        var parts = new List<string>();
        if (sort != Sorts[0].Value)
        {
            parts.Add("sort=" + sort);
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
