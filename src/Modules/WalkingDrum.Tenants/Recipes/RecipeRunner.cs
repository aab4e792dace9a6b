using System.Collections.Frozen;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Tenants.Recipes;

/// <summary>Applies a recipe's steps in order with the steps modules registered.</summary>
public sealed class RecipeRunner(IEnumerable<IRecipeStep> steps)
{
    private readonly FrozenDictionary<string, IRecipeStep> _steps =
        steps.ToFrozenDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public async Task RunAsync(Recipe recipe, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var step in recipe.Steps)
        {
            var name = step.GetProperty("name").GetString() ?? "";
            if (!_steps.TryGetValue(name, out var handler))
            {
                throw new RecipeException($"Recipe {recipe.Name} uses unknown step '{name}'.");
            }

            await handler.ExecuteAsync(step, context, cancellationToken);
        }
    }
}
