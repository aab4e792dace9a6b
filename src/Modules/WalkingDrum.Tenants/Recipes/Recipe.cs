using System.Text.Json;

namespace WalkingDrum.Tenants.Recipes;

/// <summary>A JSON recipe: a named, ordered list of steps that sets up a new shop.</summary>
/// <param name="Name">File name without extension, used by signup (<c>blank</c>, <c>sample</c>).</param>
/// <param name="DisplayName">Name shown on the signup form.</param>
/// <param name="Description">One line on what the shop starts with.</param>
/// <param name="Listed">Offered on the signup form; unlisted recipes (the test shop) are API-only.</param>
/// <param name="Steps">Step objects, each with a <c>name</c> naming the step that applies it.</param>
public sealed record Recipe(string Name, string DisplayName, string Description, bool Listed, IReadOnlyList<JsonElement> Steps);
