using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Media;

namespace WalkingDrum.Core.Recipes;

/// <summary>
/// The recipes folder (<c>Recipes:Path</c>, by default <c>recipes/</c> beside the host's binaries)
/// and the files recipes name in it, such as product and page images.
/// </summary>
public static class RecipeFiles
{
    /// <summary>The recipes folder as a full path.</summary>
    public static string Directory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Path.GetFullPath(configuration["Recipes:Path"] ?? Path.Combine(AppContext.BaseDirectory, "recipes"));
    }

    /// <summary>
    /// Adds the image <paramref name="file"/> (relative to the recipes folder, never outside it) to
    /// the new shop's media library and returns its id; the caller saves.
    /// </summary>
    public static async Task<Guid> UploadImageAsync(IServiceProvider services, string file, string alt, string where, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        // The uploader comes with the media library; a host without it cannot take images.
        var uploads = services.GetService<IMediaUploads>()
                      ?? throw new RecipeException($"{where}: image files need the media library, which this host does not run.");
        var directory = Directory(services.GetRequiredService<IConfiguration>());
        var path = Path.GetFullPath(Path.Combine(directory, file));
        if (!path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            throw new RecipeException($"{where}: there is no file '{file}' in the recipes folder.");
        }

        await using var content = File.OpenRead(path);
        var result = await uploads.UploadAsync(content, Path.GetFileName(path), alt, cancellationToken);
        return result.Image?.Id ?? throw new RecipeException($"{where}: '{file}' was refused: {result.Error}");
    }
}
