using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services;

/// <summary>Published products and collections for the shop's <c>sitemap.xml</c>, streamed.</summary>
internal sealed class CatalogSitemap(WalkingDrumDbContext db) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var collections = db.Set<Collection>().AsNoTracking().Where(c => c.IsPublished)
            .Select(c => new { c.Slug, c.UpdatedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken);
        var any = false;
        await foreach (var collection in collections)
        {
            if (!any)
            {
                any = true;
                yield return new SitemapEntry(CatalogPaths.Collections, null);
            }

            yield return new SitemapEntry(CatalogPaths.Collection(collection.Slug), collection.UpdatedAt);
        }

        var products = db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Active)
            .Select(p => new { p.Slug, p.UpdatedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken);
        await foreach (var product in products)
        {
            yield return new SitemapEntry(CatalogPaths.Product(product.Slug), product.UpdatedAt);
        }
    }
}
