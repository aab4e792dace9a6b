using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Recipes;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests;

/// <summary>Sets up a shop's pages and images for tests that are about something else.</summary>
internal static class ShopContent
{
    public const string Author = "setup@example.com";

    public static Task<T> InScopeAsync<T>(this TestShop shop, Func<IServiceProvider, Task<T>> work) =>
        shop.App.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, work);

    /// <summary>Saves a page through the page service (published unless asked otherwise).</summary>
    public static Task<Page> CreatePageAsync(this TestShop shop, string title, string slug, IReadOnlyList<PageBlock> blocks, bool publish = true) =>
        shop.SavePageAsync(null, title, slug, blocks, publish);

    public static Task<Page> SavePageAsync(this TestShop shop, Guid? pageId, string title, string slug, IReadOnlyList<PageBlock> blocks, bool publish) =>
        shop.InScopeAsync(async services =>
        {
            var errors = new ModelStateDictionary();
            var result = await services.GetRequiredService<PageService>()
                .SaveAsync(pageId, new PageDraft(title, slug, blocks), new PageSaveOptions(Author, publish), errors, CancellationToken.None);
            Assert.True(result.Succeeded, RecipeErrors.Describe(errors));
            return result.Page!;
        });

    public static Task<bool> SetHomeAsync(this TestShop shop, Guid pageId) =>
        shop.InScopeAsync(async services =>
            (await services.GetRequiredService<PageService>().SetHomePageAsync(pageId, CancellationToken.None)).Succeeded);

    /// <summary>A media-library row (no files): enough for ids to resolve and URLs to be built.</summary>
    public static Task<MediaAsset> AddImageAsync(this TestShop shop, string alt) =>
        shop.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Core.Data.WalkingDrumDbContext>();
            var asset = new MediaAsset
            {
                FileName = "photo.jpg", ContentType = "image/jpeg", Alt = alt, Width = 1200, Height = 800,
                VariantWidths = "320,640", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Add(asset);
            await db.SaveChangesAsync();
            return asset;
        });

    public static RichTextBlock Text(string html) => new() { Html = html };
}
