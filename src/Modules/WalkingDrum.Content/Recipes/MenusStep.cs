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
            throw new RecipeException($"menus: {RecipeJson.Describe(errors)}");
        }
    }

    private static MenuLink[] Links(JsonElement step, string menu) =>
        RecipeJson.Array(step, menu, "menus", required: false).Select((link, i) =>
        {
            var where = $"menus: {menu} link {i + 1}";
            return link.ValueKind == JsonValueKind.Object
                ? new MenuLink(RecipeJson.String(link, "label", where) ?? "", RecipeJson.String(link, "url", where) ?? "")
                : throw new RecipeException($"{where} must be an object with \"label\" and \"url\".");
        }).ToArray();
}
