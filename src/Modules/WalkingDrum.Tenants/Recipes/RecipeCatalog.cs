using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Tenants.Recipes;

/// <summary>
/// The recipes shipped in <c>recipes/</c> (copied beside the host's binaries), read once. A
/// malformed recipe file stops startup rather than a merchant's signup.
/// </summary>
public sealed class RecipeCatalog
{
    private readonly FrozenDictionary<string, Recipe> _recipes;

    public RecipeCatalog(IConfiguration configuration)
    {
        var directory = RecipeFiles.Directory(configuration);
        _recipes = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.json")
                .Select(Load)
                .ToFrozenDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase)
            : FrozenDictionary<string, Recipe>.Empty;
    }

    /// <summary>Recipes offered on the signup form, in name order.</summary>
    public IReadOnlyList<Recipe> Listed => [.. _recipes.Values.Where(r => r.Listed).OrderBy(r => r.Name, StringComparer.Ordinal)];

    public Recipe? Find(string name) => _recipes.GetValueOrDefault(name);

    private static Recipe Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var steps = root.GetProperty("steps").EnumerateArray().Select(s => s.Clone()).ToList();
            if (steps.Any(s => s.ValueKind != JsonValueKind.Object || !s.TryGetProperty("name", out _)))
            {
                throw new RecipeException($"Every step of {Path.GetFileName(path)} needs a name.");
            }

            return new Recipe(
                Path.GetFileNameWithoutExtension(path),
                root.GetProperty("displayName").GetString() ?? "",
                root.GetProperty("description").GetString() ?? "",
                !root.TryGetProperty("listed", out var listed) || listed.GetBoolean(),
                steps);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new RecipeException($"Recipe {Path.GetFileName(path)} is not valid: {ex.Message}", ex);
        }
    }
}
