using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Commerce.Recipes;

/// <summary>Uploads a recipe product's image files (relative to the recipes folder) and attaches them in order.</summary>
internal sealed class RecipeImages(IServiceProvider services, string directory)
{
    public async Task AttachAsync(Guid productId, IReadOnlyList<JsonElement> pictures, string where, Func<Task> save, CancellationToken cancellationToken)
    {
        // The uploader comes with the media library; a host without it cannot take images.
        var uploads = services.GetService<IMediaUploads>()
                      ?? throw new RecipeException($"{where}: has images, but this host has no media uploads to store them.");
        var ids = new List<Guid>();
        foreach (var picture in pictures)
        {
            string file;
            string alt;
            try
            {
                file = RecipeJson.Text(picture, "file") ?? throw new FormatException("each image needs a 'file'.");
                alt = RecipeJson.Text(picture, "alt") ?? "";
            }
            catch (FormatException ex)
            {
                throw new RecipeException($"{where}: {ex.Message}", ex);
            }

            var path = Path.GetFullPath(Path.Combine(directory, file));
            if (!path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            {
                throw new RecipeException($"{where}: image '{file}' is not a file in the recipes folder.");
            }

            await using var content = File.OpenRead(path);
            var result = await uploads.UploadAsync(content, Path.GetFileName(path), alt, cancellationToken);
            ids.Add(result.Image?.Id ?? throw new RecipeException($"{where}: image '{file}' was refused: {result.Error}"));
        }

        await save();
        await services.GetRequiredService<IContentImages>().SetAsync(new ContentItemKey(ContentTypes.Product, productId), ids, cancellationToken);
    }
}
