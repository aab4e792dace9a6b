using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Parts;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Content.Recipes;

/// <summary>
/// <c>pages</c>: <c>{ "pages": [{ "title", "slug", "home", "published", "seo": { "title", "description" }, "blocks": [...] }] }</c>.
/// Pages are published unless <c>"published": false</c>; an image block may name a <c>file</c>
/// beside the recipe, which is added to the media library. Everything is checked like the admin.
/// </summary>
internal sealed class PagesStep : IRecipeStep
{
    public string Name => "pages";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pages = context.Services.GetRequiredService<PageService>();
        var seo = context.Services.GetRequiredService<SeoPart>();
        var number = 0;
        foreach (var element in RecipeJson.Items(step, "pages", Name))
        {
            var where = $"pages: page {++number}";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new RecipeException($"{where} must be an object.");
            }

            var (title, slug, published, home, seoInput) = RecipeJson.Read(where, () => (
                RecipeJson.Text(element, "title"),
                RecipeJson.Text(element, "slug"),
                RecipeJson.Flag(element, "published", true),
                RecipeJson.Flag(element, "home", false),
                RecipeJson.Section(element, "seo") is { } s ? new SeoInput(RecipeJson.Text(s, "title"), RecipeJson.Text(s, "description"), null) : null));
            where += $" ('{title}')";
            var blocks = await ReadBlocksAsync(element, context.Services, where, cancellationToken);
            var errors = new ModelStateDictionary();
            var options = new PageSaveOptions(context.OwnerEmail, published,
                seoInput is null ? null : item => seo.StageAsync(item, seoInput, errors, cancellationToken));
            var result = await pages.SaveAsync(null, new PageDraft(title, slug, blocks), options, errors, cancellationToken);
            if (!result.Succeeded)
            {
                throw new RecipeException($"{where}: {RecipeErrors.Describe(errors)}");
            }

            if (home)
            {
                await pages.SetHomePageAsync(result.Page!.Id, cancellationToken);
            }
        }
    }

    private static async Task<PageBlock[]> ReadBlocksAsync(JsonElement page, IServiceProvider services, string where, CancellationToken cancellationToken)
    {
        var blocks = new List<PageBlock>();
        var uploaded = false;
        foreach (var element in RecipeJson.Read(where, () => RecipeJson.Objects(page, "blocks")))
        {
            var blockWhere = $"{where} block {blocks.Count + 1}";
            PageBlock block;
            try
            {
                block = PageBlocks.ParseOne(element);
            }
            catch (JsonException ex)
            {
                var kinds = string.Join(", ", PageBlocks.Kinds.Select(k => k.Kind));
                throw new RecipeException($"{blockWhere} is not a block (\"type\" is one of {kinds}): {ex.Message}", ex);
            }

            if (block is ImageBlock image && RecipeJson.Read(blockWhere, () => RecipeJson.Text(element, "file")) is { } file)
            {
                block = image with { MediaId = await RecipeFiles.UploadImageAsync(services, file, image.Alt, blockWhere, cancellationToken) };
                uploaded = true;
            }

            blocks.Add(block);
        }

        if (uploaded)
        {
            // The page's checks look for its images in the library, so they must be written first
            // (inside the provisioning transaction, which still rolls everything back on failure).
            await services.GetRequiredService<WalkingDrumDbContext>().SaveChangesAsync(cancellationToken);
        }

        return blocks.ToArray();
    }
}
