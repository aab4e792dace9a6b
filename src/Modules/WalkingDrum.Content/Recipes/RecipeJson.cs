using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Content.Recipes;

/// <summary>Reading hand-written step JSON with messages that say which value is wrong.</summary>
internal static class RecipeJson
{
    public static string? String(JsonElement element, string property, string where) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new RecipeException($"{where}: \"{property}\" must be a string.");

    public static bool Bool(JsonElement element, string property, bool fallback, string where) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? fallback
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw new RecipeException($"{where}: \"{property}\" must be true or false.");

    public static IEnumerable<JsonElement> Array(JsonElement element, string property, string where, bool required)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new RecipeException($"{where}: \"{property}\" is missing.") : [];
        }

        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToArray()
            : throw new RecipeException($"{where}: \"{property}\" must be an array.");
    }

    /// <summary>The validation errors as one line for the operator.</summary>
    public static string Describe(ModelStateDictionary errors) =>
        string.Join("; ", errors.SelectMany(e => (e.Value?.Errors ?? []).Select(error =>
            e.Key.Length > 0 ? $"{e.Key}: {error.ErrorMessage}" : error.ErrorMessage)));
}
