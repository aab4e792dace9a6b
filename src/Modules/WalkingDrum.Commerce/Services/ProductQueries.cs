using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services;

/// <summary>What the admin's product list is narrowed to.</summary>
/// <param name="Search">Part of a title or SKU.</param>
/// <param name="Status">Only products with this status.</param>
/// <param name="CollectionId">Only members of this collection.</param>
/// <param name="Tag">Only products with this tag.</param>
/// <param name="Page">1-based page number.</param>
public sealed record ProductFilter(string? Search, ProductStatus? Status, Guid? CollectionId, string? Tag, int Page);

/// <summary>One row of the admin's product list.</summary>
public sealed record ProductRow(Guid Id, string Title, string Slug, ProductStatus Status, int Variants, Amount? MinPrice, Amount? MaxPrice, string? Sku, int? Stock);

/// <summary>A page of the admin's product list.</summary>
/// <param name="Rows">The products of this page, newest first.</param>
/// <param name="Total">Products that match the filter.</param>
/// <param name="Page">The page shown (clamped to the pages there are).</param>
/// <param name="PageCount">Pages there are, at least 1.</param>
/// <param name="ShopHasProducts">Whether the shop has any product at all, to tell "none yet" from "none match".</param>
public sealed record ProductListPage(IReadOnlyList<ProductRow> Rows, int Total, int Page, int PageCount, bool ShopHasProducts);

/// <summary>The admin's reads of the catalog: the filtered, paged product list and the filter choices.</summary>
public sealed class ProductQueries(WalkingDrumDbContext db)
{
    public const int PageSize = 50;

    public async Task<ProductListPage> ListAsync(ProductFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var products = db.Set<Product>().AsNoTracking();
        if (filter.Search?.Trim().ToLowerInvariant() is { Length: > 0 } search)
        {
            // Translated to SQL lower() on both databases (they disagree on case in plain
            // comparisons); the culture overloads the analyzers ask for have no translation.
#pragma warning disable CA1304, CA1311, CA1862
            products = products.Where(p => p.Title.ToLower().Contains(search)
                                           || p.Variants.Any(v => v.Sku != null && v.Sku.ToLower().Contains(search)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.Status is { } status)
        {
            products = products.Where(p => p.Status == status);
        }

        if (filter.CollectionId is { } collectionId)
        {
            products = products.Where(p => db.Set<CollectionProduct>().Any(m => m.ProductId == p.Id && m.CollectionId == collectionId));
        }

        if (filter.Tag?.Trim().ToLowerInvariant() is { Length: > 0 } tag)
        {
            products = products.Where(p => p.Tags.Any(t => t.Tag == tag));
        }

        var total = await products.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await products.OrderByDescending(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new
            {
                p.Id, p.Title, p.Slug, p.Status,
                Variants = p.Variants.Count,
                Min = p.Variants.Min(v => (long?)v.PriceMinor),
                Max = p.Variants.Max(v => (long?)v.PriceMinor),
                Currency = p.Variants.Select(v => v.Currency).FirstOrDefault(),
                Sku = p.Variants.OrderBy(v => v.Position).Select(v => v.Sku).FirstOrDefault(),
                Tracked = p.Variants.Any(v => v.TrackInventory),
                Stock = p.Variants.Where(v => v.TrackInventory).Sum(v => v.Stock),
            })
            .ToListAsync(cancellationToken);
        var shopHasProducts = total > 0 || await db.Set<Product>().AnyAsync(cancellationToken);
        return new ProductListPage(
            [.. rows.Select(r => new ProductRow(r.Id, r.Title, r.Slug, r.Status, r.Variants,
                r.Min is { } min && r.Currency is { } c1 ? new Amount(min, c1) : null,
                r.Max is { } max && r.Currency is { } c2 ? new Amount(max, c2) : null,
                r.Sku, r.Tracked ? r.Stock : null))],
            total, page, pageCount, shopHasProducts);
    }

    /// <summary>The shop's collections (id, title) for filters and pickers, by title.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title, string Slug)>> CollectionsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Set<Collection>().AsNoTracking().OrderBy(c => c.Title).Select(c => new { c.Id, c.Title, c.Slug }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Title, c.Slug))];

    /// <summary>The tags in use, alphabetically.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken) =>
        await db.Set<ProductTag>().AsNoTracking().Select(t => t.Tag).Distinct().OrderBy(t => t).Take(200).ToListAsync(cancellationToken);
}
