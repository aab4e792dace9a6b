using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Content.Recipes;

/// <summary><c>menus</c>: <c>{ "header": [{ "label", "url" }], "footer": [...] }</c>, checked like the admin's menu editor.</summary>
internal sealed class MenusStep : IRecipeStep
{
    public string Name => "menus";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = new ModelStateDictionary();
        var saved = await context.Services.GetRequiredService<MenuService>()
            .SaveAsync(Links(step, "header"), Links(step, "footer"), errors, cancellationToken);
        if (!saved)
        {
            throw new RecipeException($"menus: {RecipeErrors.Describe(errors)}");
        }
    }

    private static MenuLink[] Links(JsonElement step, string menu) =>
        RecipeJson.Read("menus", () => RecipeJson.Objects(step, menu)).Select((link, i) => RecipeJson.Read($"menus: {menu} link {i + 1}",
            () => new MenuLink(RecipeJson.Text(link, "label") ?? "", RecipeJson.Text(link, "url") ?? ""))).ToArray();
}
