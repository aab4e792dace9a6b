using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.ViewModels;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Endpoints;

/// <summary>Reads one page of a published collection's published products in the order a shopper chose.</summary>
internal sealed class CollectionPageBuilder(WalkingDrumDbContext db, ProductCards cards)
{
    public const int PageSize = 24;

    private static readonly (string Value, string Label)[] Sorts =
    [
        ("featured", "Featured"),
        ("title", "Name, A to Z"),
        ("price-asc", "Price, low to high"),
        ("price-desc", "Price, high to low"),
        ("newest", "Newest"),
    ];

    public Task<Collection?> FindPublishedAsync(string slug, CancellationToken cancellationToken) =>
        db.Set<Collection>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsPublished, cancellationToken);

    public async Task<CollectionListingDrop> ListingAsync(Collection collection, string? sort, string? page, CancellationToken cancellationToken)
    {
        var chosen = Sorts.Any(s => s.Value == sort) ? sort! : Sorts[0].Value;
        var members =
            from member in db.Set<CollectionProduct>().AsNoTracking()
            join product in db.Set<Product>().AsNoTracking() on member.ProductId equals product.Id
            where member.CollectionId == collection.Id && product.Status == ProductStatus.Active
            select new { member.Position, Product = product };
        var total = await members.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, pageCount) : 1;
        var ordered = chosen switch
        {
            "title" => members.OrderBy(m => m.Product.Title).ThenBy(m => m.Product.Id),
            "price-asc" => members.OrderBy(m => m.Product.Variants.Min(v => v.PriceMinor)).ThenBy(m => m.Product.Title),
            "price-desc" => members.OrderByDescending(m => m.Product.Variants.Min(v => v.PriceMinor)).ThenBy(m => m.Product.Title),
            // Ids are version-7 GUIDs, so they sort by creation time on both databases.
            "newest" => members.OrderByDescending(m => m.Product.Id),
            _ => members.OrderBy(m => m.Position).ThenBy(m => m.Product.Title),
        };
        var products = await ordered.Skip((number - 1) * PageSize).Take(PageSize).Select(m => m.Product)
            .Include(p => p.Variants).AsSplitQuery().ToListAsync(cancellationToken);
        var path = CatalogPaths.Collection(collection.Slug);
        string Link(int p) => path + Query(chosen, p);
        return new CollectionListingDrop(
            await cards.ToCardsAsync(products, cancellationToken),
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
