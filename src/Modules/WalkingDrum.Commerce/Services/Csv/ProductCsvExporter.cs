using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// Writes the shop's catalog as the product CSV, one row per variant, streaming a page of products
/// at a time so a large catalog needs little memory. The file imports back unchanged.
/// </summary>
public sealed class ProductCsvExporter(WalkingDrumDbContext db)
{
    private const int PageSize = 500;

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var fieldNames = await db.Set<ProductField>().AsNoTracking().Select(f => f.Name).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in ProductCsvColumns.Fixed.Concat(fieldNames.Select(n => ProductCsvColumns.FieldPrefix + n)))
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        // Keyset paging: each page starts after the last id of the one before.
        for (Guid? after = null; ;)
        {
            var products = db.Set<Product>().AsNoTracking();
            if (after is { } last)
            {
                products = products.Where(p => p.Id.CompareTo(last) > 0);
            }

            var page = await products.OrderBy(p => p.Id).Take(PageSize)
                .Include(p => p.Variants).Include(p => p.Tags).AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].Id;
            var ids = page.Select(p => p.Id).ToArray();
            var collections = await (
                from member in db.Set<CollectionProduct>().AsNoTracking()
                join collection in db.Set<Collection>().AsNoTracking() on member.CollectionId equals collection.Id
                where ids.Contains(member.ProductId)
                select new { member.ProductId, collection.Slug }).ToListAsync(cancellationToken);
            var fields = await db.Set<ProductField>().AsNoTracking().Where(f => ids.Contains(f.ProductId)).ToListAsync(cancellationToken);
            foreach (var product in page)
            {
                var row = new ProductCsvRowWriter(product, collections.Where(c => c.ProductId == product.Id).Select(c => c.Slug).Order(StringComparer.Ordinal),
                    fields.Where(f => f.ProductId == product.Id).ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal), fieldNames);
                await row.WriteAsync(csv);
            }

            await csv.FlushAsync();
        }
    }
}
