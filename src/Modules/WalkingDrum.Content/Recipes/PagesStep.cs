using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Parts;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Content.Recipes;

/// <summary>
/// <c>pages</c>: <c>{ "pages": [{ "title", "slug", "home", "published", "seo": { "title", "description" }, "blocks": [...] }] }</c>.
/// Pages are published unless <c>"published": false</c>; an image block may name a <c>file</c>
/// beside the recipe, which is added to the media library. Everything is checked like the admin.
/// </summary>
internal sealed class PagesStep(IConfiguration configuration) : IRecipeStep
{
    public string Name => "pages";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pages = context.Services.GetRequiredService<PageService>();
        var seo = context.Services.GetRequiredService<SeoPart>();
        var number = 0;
        foreach (var element in RecipeJson.Array(step, "pages", "pages", required: true))
        {
            var where = $"pages: page {++number}";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new RecipeException($"{where} must be an object.");
            }

            var title = RecipeJson.String(element, "title", where);
            where += $" ('{title}')";
            var blocks = await ReadBlocksAsync(element, context.Services, where, cancellationToken);
            SeoInput? seoInput = null;
            if (element.TryGetProperty("seo", out var seoElement) && seoElement.ValueKind == JsonValueKind.Object)
            {
                seoInput = new SeoInput(RecipeJson.String(seoElement, "title", where + " seo"), RecipeJson.String(seoElement, "description", where + " seo"), null);
            }

            var errors = new ModelStateDictionary();
            var options = new PageSaveOptions(context.OwnerEmail, RecipeJson.Bool(element, "published", true, where),
                seoInput is null ? null : item => seo.StageAsync(item, seoInput, errors, cancellationToken));
            var result = await pages.SaveAsync(null, new PageDraft(title, RecipeJson.String(element, "slug", where), blocks), options, errors, cancellationToken);
            if (!result.Succeeded)
            {
                throw new RecipeException($"{where}: {RecipeJson.Describe(errors)}");
            }

            if (RecipeJson.Bool(element, "home", false, where))
            {
                await pages.SetHomePageAsync(result.Page!.Id, cancellationToken);
            }
        }
    }

    private async Task<PageBlock[]> ReadBlocksAsync(JsonElement page, IServiceProvider services, string where, CancellationToken cancellationToken)
    {
        var blocks = new List<PageBlock>();
        var uploaded = false;
        foreach (var element in RecipeJson.Array(page, "blocks", where, required: false))
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

            if (block is ImageBlock image && RecipeJson.String(element, "file", blockWhere) is { } file)
            {
                block = image with { MediaId = await UploadAsync(file, image.Alt, services, blockWhere, cancellationToken) };
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

    private async Task<Guid> UploadAsync(string file, string alt, IServiceProvider services, string where, CancellationToken cancellationToken)
    {
        var uploads = services.GetService<IMediaUploads>()
            ?? throw new RecipeException($"{where}: image files need the media library, which this host does not run.");
        var directory = Path.GetFullPath(configuration["Recipes:Path"] ?? Path.Combine(AppContext.BaseDirectory, "recipes"));
        var path = Path.GetFullPath(Path.Combine(directory, file));
        if (!path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            throw new RecipeException($"{where}: there is no file '{file}' beside the recipes.");
        }

        await using var content = File.OpenRead(path);
        var result = await uploads.UploadAsync(content, Path.GetFileName(path), alt, cancellationToken);
        return result.Image?.Id ?? throw new RecipeException($"{where}: '{file}' was refused: {result.Error}");
    }
}
