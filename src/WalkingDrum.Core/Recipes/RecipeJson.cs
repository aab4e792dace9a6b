using System.Text.Json;

namespace WalkingDrum.Core.Recipes;

/// <summary>
/// Reads hand-written recipe step JSON of the expected kinds. A value of the wrong kind throws
/// <see cref="FormatException"/> naming the property; the step adds where it was (which product,
/// which page) when it turns that into a <see cref="RecipeException"/>.
/// </summary>
public static class RecipeJson
{
    /// <summary>The step's required array (<c>"products": [...]</c>).</summary>
    public static IEnumerable<JsonElement> Items(JsonElement step, string property, string stepName)
    {
        if (step.ValueKind != JsonValueKind.Object || !step.TryGetProperty(property, out var items) || items.ValueKind != JsonValueKind.Array)
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

    /// <summary>A true or false; <paramref name="fallback"/> when absent.</summary>
    public static bool Flag(JsonElement item, string property, bool fallback) =>
        !item.TryGetProperty(property, out var value) ? fallback : value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => fallback,
            _ => throw new FormatException($"'{property}' must be true or false."),
        };

    /// <summary>An optional array of strings; empty when absent.</summary>
    public static IReadOnlyList<string?> Texts(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? []
        : value.ValueKind != JsonValueKind.Array ? throw new FormatException($"'{property}' must be an array of strings.")
        : [.. value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : throw new FormatException($"'{property}' must hold strings only."))];

    /// <summary>An optional array of objects; empty when absent.</summary>
    public static IReadOnlyList<JsonElement> Objects(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? []
        : value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Object)
            ? throw new FormatException($"'{property}' must be an array of objects.")
            : [.. value.EnumerateArray()];

    /// <summary>An optional nested object (<c>"seo": { ... }</c>); null when absent.</summary>
    public static JsonElement? Section(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? value
        : throw new FormatException($"'{property}' must be an object.");

    /// <summary>An object of string values as name/value pairs in order; null when absent.</summary>
    public static IReadOnlyList<KeyValuePair<string?, string?>>? Pairs(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind != JsonValueKind.Object ? throw new FormatException($"'{property}' must be an object of names and values.")
        : [.. value.EnumerateObject().Select(p => new KeyValuePair<string?, string?>(p.Name,
            p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : throw new FormatException($"'{property}.{p.Name}' must be a string.")))];

    /// <summary>Runs <paramref name="read"/>, turning a value of the wrong kind into a recipe error that says where it was.</summary>
    public static T Read<T>(string where, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (FormatException ex)
        {
            throw new RecipeException($"{where}: {ex.Message}", ex);
        }
    }
}
