using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Commerce.Recipes;

/// <summary><c>collections</c>: collections with title, slug, description and whether they are published.</summary>
internal sealed class CollectionsStep : IRecipeStep
{
    public string Name => "collections";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<WalkingDrumDbContext>();
        var staging = context.Services.GetRequiredService<CollectionStaging>();
        var number = 0;
        foreach (var item in RecipeJson.Items(step, "collections", Name))
        {
            number++;
            var title = item.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var input = RecipeJson.Read($"{Name}: collection {number} “{title}”", () => new CollectionInput(
                RecipeJson.Text(item, "title") ?? "", RecipeJson.Text(item, "slug"), RecipeJson.Text(item, "description"), RecipeJson.Flag(item, "published", true)));

            var errors = new CatalogErrors();
            if (await staging.StageAsync(null, input, errors, cancellationToken) is null)
            {
                throw new RecipeException($"{Name}: collection {number} “{title}”: {errors}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
