using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WalkingDrum.Content.Recipes;

internal static class RecipeErrors
{
    /// <summary>The admin's validation errors as one line for the operator.</summary>
    public static string Describe(ModelStateDictionary errors) =>
        string.Join("; ", errors.SelectMany(e => (e.Value?.Errors ?? []).Select(error =>
            e.Key.Length > 0 ? $"{e.Key}: {error.ErrorMessage}" : error.ErrorMessage)));
}
