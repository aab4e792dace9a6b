using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Commerce.Recipes;

/// <summary>Uploads a recipe product's image files (relative to the recipes folder) and attaches them in order.</summary>
internal static class RecipeImages
{
    public static async Task AttachAsync(IServiceProvider services, Guid productId, IReadOnlyList<JsonElement> pictures, string where,
        Func<Task> save, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        foreach (var picture in pictures)
        {
            var (file, alt) = RecipeJson.Read(where, () =>
                (RecipeJson.Text(picture, "file") ?? throw new FormatException("each image needs a 'file'."), RecipeJson.Text(picture, "alt") ?? ""));
            ids.Add(await RecipeFiles.UploadImageAsync(services, file, alt, where, cancellationToken));
        }

        await save();
        await services.GetRequiredService<IContentImages>().SetAsync(new ContentItemKey(ContentTypes.Product, productId), ids, cancellationToken);
    }
}
