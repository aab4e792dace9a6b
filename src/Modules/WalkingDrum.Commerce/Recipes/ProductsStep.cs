using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Commerce.Recipes;

/// <summary>
/// <c>products</c>: products with options, variants, tags, collections (by slug), custom fields
/// and images, checked by the same rules as the admin. Saves every <see cref="BatchSize"/> products
/// and forgets them, so a 10,000-product recipe runs in bounded memory inside the recipe's
/// transaction. Automatic change detection is off while products are staged: every staged row is
/// added explicitly, and each uniqueness check would otherwise rescan the whole batch.
/// </summary>
internal sealed class ProductsStep : IRecipeStep
{
    public const int BatchSize = 500;

    public string Name => "products";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<WalkingDrumDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await StageAllAsync(step, context.Services, db, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task StageAllAsync(JsonElement step, IServiceProvider services, WalkingDrumDbContext db, CancellationToken cancellationToken)
    {
        var staging = services.GetRequiredService<ProductStaging>();
        var number = 0;
        var pending = 0;
        foreach (var item in RecipeJson.Items(step, "products", Name))
        {
            number++;
            var title = item.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var where = $"{Name}: product {number} “{title}”";
            var (input, pictures) = RecipeJson.Read(where, () => (Read(item), RecipeJson.Objects(item, "images")));

            var errors = new CatalogErrors();
            var staged = await staging.StageAsync(null, Guid.CreateVersion7(), input, errors, cancellationToken)
                         ?? throw new RecipeException($"{where}: {errors}");
            if (pictures.Count > 0)
            {
                // Attaching checks the uploads in the database, so they are saved first.
                await RecipeImages.AttachAsync(services, staged.Product.Id, pictures, where, () => SaveAsync(db, cancellationToken), cancellationToken);
            }

            if (++pending >= BatchSize)
            {
                await SaveAsync(db, cancellationToken);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        await SaveAsync(db, cancellationToken);
        db.ChangeTracker.Clear();
    }

    // Saving detects changes once for the whole batch (the tenant stamp changes keys of new rows).
    private static async Task SaveAsync(WalkingDrumDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
        }
    }

    private static ProductInput Read(JsonElement item)
    {
        var variants = RecipeJson.Objects(item, "variants").Select(v => new VariantInput(
            null,
            RecipeJson.Texts(v, "options"),
            RecipeJson.Text(v, "sku"),
            RecipeJson.Text(v, "price"),
            RecipeJson.Text(v, "compareAtPrice"),
            RecipeJson.Text(v, "stock"),
            RecipeJson.Flag(v, "trackInventory", false))).ToArray();
        return new ProductInput(
            RecipeJson.Text(item, "title"),
            RecipeJson.Text(item, "slug"),
            RecipeJson.Text(item, "description"),
            RecipeJson.Text(item, "status"),
            RecipeJson.Texts(item, "options"),
            variants,
            RecipeJson.Texts(item, "tags"),
            [.. RecipeJson.Texts(item, "collections").Select(c => c ?? "")],
            RecipeJson.Pairs(item, "fields"));
    }
}
