using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Parts;
using WalkingDrum.Content.Tests.Media;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Parts;

/// <summary>The images part as an item editor runs it: one unit of work, saved only when valid.</summary>
[Collection(MediaCollection.Name)]
public sealed class ImagesPartTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Chosen_images_are_saved_in_position_order_with_an_inline_upload_last()
    {
        var shop = await app.CreateShopAsync();
        var (first, second) = (await AddImageAsync(shop, "First"), await AddImageAsync(shop, "Second"));
        var item = new ContentItemKey(ContentTypes.Product, Guid.CreateVersion7());

        var errors = await UpdateAsync(shop, item, new()
        {
            [ImagesPart.SelectedField] = new([first.ToString(), second.ToString()]),
            [ImagesPart.PositionField(first)] = "2",
            [ImagesPart.PositionField(second)] = "1",
            [ImagesPart.UploadAltField] = "Fresh upload",
        }, ("new.png", TestImages.Png(40, 40)));

        Assert.True(errors.IsValid, string.Join("; ", errors.SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage)));
        var images = await InScopeAsync(shop, sp => sp.GetRequiredService<IContentImages>().ListAsync(item, CancellationToken.None));
        Assert.Equal(["Second", "First", "Fresh upload"], images.Select(i => i.Alt));

        var (drop, storefrontDrops) = await InScopeAsync(shop, async sp =>
        {
            var part = sp.GetServices<IContentPart>().Single(p => p.Name == "images");
            return (await part.BuildDropAsync(item, CancellationToken.None),
                await sp.GetRequiredService<ContentParts>().BuildDropsAsync(item, CancellationToken.None));
        });
        Assert.Equal(images.Select(i => i.Id), Assert.IsAssignableFrom<IReadOnlyList<MediaImage>>(drop).Select(i => i.Id));
        // The gallery is the page's own; the part has no storefront snippet, so pages are not given its drop again.
        Assert.DoesNotContain(storefrontDrops, d => d.Part.Name == "images");

        var editor = await InScopeAsync(shop, async sp =>
            (await sp.GetRequiredService<ContentParts>().BuildEditorsAsync(ContentTypes.Product, item.ItemId, CancellationToken.None))
            .Single(e => e.Part.Name == "images").Model);
        Assert.Equal([1, 2, 3], Assert.IsType<ImagesPartEditor>(editor).Choices.Select(c => c.Position));
    }

    [Fact]
    public async Task Bad_choices_or_uploads_are_reported_under_the_parts_keys_and_nothing_changes()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var mine = await AddImageAsync(shop, "Mine");
        var theirs = await AddImageAsync(other, "Theirs");
        var item = new ContentItemKey(ContentTypes.Page, Guid.CreateVersion7());

        var foreign = await UpdateAsync(shop, item, new() { [ImagesPart.SelectedField] = new([mine.ToString(), theirs.ToString()]) });
        Assert.Contains("no longer in your library", Assert.Single(foreign[ImagesPart.SelectedField]!.Errors).ErrorMessage, StringComparison.Ordinal);

        var garbled = await UpdateAsync(shop, item, new() { [ImagesPart.SelectedField] = "not-a-guid" });
        Assert.False(garbled.IsValid);

        var position = await UpdateAsync(shop, item, new() { [ImagesPart.SelectedField] = mine.ToString(), [ImagesPart.PositionField(mine)] = "first" });
        Assert.Single(position[ImagesPart.PositionField(mine)]!.Errors);

        var noAlt = await UpdateAsync(shop, item, new() { [ImagesPart.SelectedField] = mine.ToString() }, ("new.png", TestImages.Png(10, 10)));
        Assert.Single(noAlt[ImagesPart.UploadAltField]!.Errors);

        var notImage = await UpdateAsync(shop, item, new() { [ImagesPart.UploadAltField] = "Text" }, ("new.png", "plain text"u8.ToArray()));
        Assert.Contains("not an image", Assert.Single(notImage[ImagesPart.UploadField]!.Errors).ErrorMessage, StringComparison.Ordinal);

        Assert.Equal((1, 0), await app.InShopAsync(shop.Tenant, async db => (await db.Set<MediaAsset>().CountAsync(), await db.Set<ContentImage>().CountAsync())));
        Assert.Equal(2, (await MediaFiles.SettledAsync(app, shop, expected: 2)).Length);
    }

    [Fact]
    public async Task An_upload_whose_item_is_never_saved_leaves_no_files()
    {
        var shop = await app.CreateShopAsync();
        await InScopeAsync(shop, async sp =>
        {
            var result = await sp.GetRequiredService<IMediaUploads>().UploadAsync(new MemoryStream(TestImages.Png(700, 10)), "x.png", "Staged only", CancellationToken.None);
            Assert.True(result.Succeeded);
            Assert.Equal(3, MediaFiles.Of(app, shop).Length);
            return true;
        });

        Assert.Empty(MediaFiles.Of(app, shop));
        Assert.Equal(0, await app.InShopAsync(shop.Tenant, db => db.Set<MediaAsset>().CountAsync()));
    }

    private async Task<Guid> AddImageAsync(TestShop shop, string alt) =>
        await InScopeAsync(shop, async sp =>
        {
            var result = await sp.GetRequiredService<IMediaUploads>().UploadAsync(new MemoryStream(TestImages.Png(20, 20)), alt + ".png", alt, CancellationToken.None);
            await sp.GetRequiredService<WalkingDrumDbContext>().SaveChangesAsync();
            return result.Image!.Id;
        });

    private async Task<ModelStateDictionary> UpdateAsync(
        TestShop shop, ContentItemKey item, Dictionary<string, StringValues> fields, (string Name, byte[] Content)? upload = null)
    {
        var files = new FormFileCollection();
        if (upload is { } file)
        {
            files.Add(new FormFile(new MemoryStream(file.Content), 0, file.Content.Length, ImagesPart.UploadField, file.Name)
            {
                Headers = new HeaderDictionary(),
                ContentType = "application/octet-stream",
            });
        }

        return await InScopeAsync(shop, async sp =>
        {
            var errors = new ModelStateDictionary();
            await sp.GetRequiredService<ContentParts>().UpdateAsync(item, new FormCollection(fields, files), errors, CancellationToken.None);
            if (errors.IsValid)
            {
                await sp.GetRequiredService<WalkingDrumDbContext>().SaveChangesAsync();
            }

            return errors;
        });
    }

    private Task<T> InScopeAsync<T>(TestShop shop, Func<IServiceProvider, Task<T>> work) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, work);
}
