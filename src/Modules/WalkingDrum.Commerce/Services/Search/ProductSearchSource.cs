using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Text;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>Published products as search documents, read in batches so a large catalog streams.</summary>
internal sealed class ProductSearchSource(WalkingDrumDbContext db, IContentImages images) : ISearchSource
{
    private const int BatchSize = 500;

    public string ContentType => ContentTypes.Product;

    /// <summary>The storefront path of a product.</summary>
    public static string PathOf(string slug) => "/products/" + slug;

    public async IAsyncEnumerable<SearchDocument> ListPublishedAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Keyset paging: each batch starts after the last id of the one before, so a rebuild reads
        // every product once however large the catalog, and edits meanwhile shift nothing.
        for (Guid? after = null; ;)
        {
            var query = Published();
            if (after is { } last)
            {
                query = query.Where(p => p.Id.CompareTo(last) > 0);
            }

            var batch = await query.OrderBy(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
            after = batch.Count > 0 ? batch[^1].Id : after;
            foreach (var document in await ToDocumentsAsync(batch, cancellationToken))
            {
                yield return document;
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    public async Task<SearchDocument?> FindPublishedAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var product = await Published().Where(p => p.Id == itemId).ToListAsync(cancellationToken);
        var documents = await ToDocumentsAsync(product, cancellationToken);
        return documents.Count == 0 ? null : documents[0];
    }

    private IQueryable<Product> Published() =>
        db.Set<Product>().AsNoTracking()
            .Where(p => p.Status == ProductStatus.Active)
            .Include(p => p.Variants)
            .Include(p => p.Tags)
            .AsSplitQuery();

    private async Task<IReadOnlyList<SearchDocument>> ToDocumentsAsync(List<Product> products, CancellationToken cancellationToken)
    {
        // Products without a variant cannot be bought, and the storefront does not list them.
        products.RemoveAll(p => p.Variants.Count == 0);
        if (products.Count == 0)
        {
            return [];
        }

        var ids = products.Select(p => p.Id).ToArray();
        var memberships = await (
            from member in db.Set<CollectionProduct>().AsNoTracking()
            join collection in db.Set<Collection>().AsNoTracking() on member.CollectionId equals collection.Id
            where collection.IsPublished && ids.Contains(member.ProductId)
            select new { member.ProductId, collection.Slug }).ToListAsync(cancellationToken);
        var collections = memberships.ToLookup(m => m.ProductId, m => m.Slug);
        var firstImages = await images.FirstImagesAsync(ContentTypes.Product, ids, cancellationToken);
        return products.Select(product =>
        {
            var image = firstImages.GetValueOrDefault(product.Id);
            return new SearchDocument(
                new ContentItemKey(ContentTypes.Product, product.Id),
                product.Title,
                MerchantHtml.ToPlainText(product.DescriptionHtml),
                PathOf(product.Slug),
                product.Tags.Select(t => t.Tag).ToArray(),
                collections[product.Id].ToArray(),
                product.Variants.MinBy(v => v.PriceMinor)!.Price,
                image?.Url,
                image?.Alt);
        }).ToArray();
    }
}
