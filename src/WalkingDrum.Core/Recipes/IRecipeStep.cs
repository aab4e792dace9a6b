using System.Text.Json;

namespace WalkingDrum.Core.Recipes;

/// <summary>
/// A named step a module contributes to recipes. Steps run in recipe order inside the
/// provisioning transaction and the new tenant's scope, so a failing step leaves nothing behind.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step name used in recipe JSON (<c>"name": "store-settings"</c>).</summary>
    string Name { get; }

    /// <summary>Applies the step. Throw <see cref="RecipeException"/> for invalid step data.</summary>
    Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken);
}

/// <summary>What a recipe step knows about the provisioning it belongs to.</summary>
/// <param name="Services">The new tenant's scoped services.</param>
/// <param name="OwnerEmail">The email of the owner being created.</param>
public sealed record RecipeContext(IServiceProvider Services, string OwnerEmail);

/// <summary>A recipe or one of its steps is invalid.</summary>
public sealed class RecipeException : Exception
{
    /// <summary>Creates the exception with a message fit to show an operator.</summary>
    public RecipeException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RecipeException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception without a message.</summary>
    public RecipeException() { }
}
