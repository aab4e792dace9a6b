using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services;

/// <summary>Stages a product's custom fields as exactly the given list, in order, without saving.</summary>
public sealed class ProductFieldStaging(WalkingDrumDbContext db)
{
    public async Task StageAsync(Guid productId, bool isNewProduct, IReadOnlyList<KeyValuePair<string, string>> wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var set = db.Set<ProductField>();
        var current = isNewProduct ? [] : await set.Where(f => f.ProductId == productId).ToListAsync(cancellationToken);
        // Rows keep their key (the name) where they can: removing and re-adding one key in a
        // single unit of work would clash in the change tracker.
        set.RemoveRange(current.Where(f => !wanted.Any(w => w.Key == f.Name)));
        for (var position = 0; position < wanted.Count; position++)
        {
            var (name, value) = wanted[position];
            var row = current.Find(f => f.Name == name);
            if (row is null)
            {
                set.Add(new ProductField { ProductId = productId, Name = name, Value = value, Position = position });
            }
            else
            {
                row.Value = value;
                row.Position = position;
            }
        }
    }

    public async Task RemoveAllAsync(Guid productId, CancellationToken cancellationToken) =>
        db.Set<ProductField>().RemoveRange(await db.Set<ProductField>().Where(f => f.ProductId == productId).ToListAsync(cancellationToken));
}
