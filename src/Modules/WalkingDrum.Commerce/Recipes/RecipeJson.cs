using System.Text.Json;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Commerce.Recipes;

/// <summary>Reads recipe step properties of the expected JSON kinds, naming the one that is not.</summary>
internal static class RecipeJson
{
    public static IEnumerable<JsonElement> Items(JsonElement step, string property, string stepName)
    {
        if (!step.TryGetProperty(property, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"{stepName}: the step needs a '{property}' array.");
        }

        return items.EnumerateArray();
    }

    /// <summary>A string, or a number written as JSON (prices may come either way); null when absent.</summary>
    public static string? Text(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new FormatException($"'{property}' must be a string."),
        };

    public static bool Flag(JsonElement item, string property, bool fallback) =>
        !item.TryGetProperty(property, out var value) ? fallback : value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => fallback,
            _ => throw new FormatException($"'{property}' must be true or false."),
        };

    public static IReadOnlyList<string?> Texts(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? []
        : value.ValueKind != JsonValueKind.Array ? throw new FormatException($"'{property}' must be an array of strings.")
        : [.. value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : throw new FormatException($"'{property}' must hold strings only."))];

    public static IReadOnlyList<JsonElement> Objects(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? []
        : value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Object)
            ? throw new FormatException($"'{property}' must be an array of objects.")
            : [.. value.EnumerateArray()];

    /// <summary>An object of string values as name/value pairs in order; null when absent.</summary>
    public static IReadOnlyList<KeyValuePair<string?, string?>>? Pairs(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind != JsonValueKind.Object ? throw new FormatException($"'{property}' must be an object of names and values.")
        : [.. value.EnumerateObject().Select(p => new KeyValuePair<string?, string?>(p.Name,
            p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : throw new FormatException($"'{property}.{p.Name}' must be a string.")))];
}
