using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Parts;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Services;

[Collection(AppCollection.Name)]
public sealed class PageSearchAndMetadataTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Search_sees_published_pages_only_as_plain_text_of_their_published_version()
    {
        var shop = await app.CreateShopAsync();
        var live = await shop.CreatePageAsync("Brewing guide", "brewing", [
            new HeroBlock { Heading = "Brew better" },
            ShopContent.Text("<p>Use <strong>fresh</strong> beans.</p>"),
            new FaqBlock { Items = [new FaqItem { Question = "Grind?", Answer = "Medium." }] },
        ]);
        await shop.SavePageAsync(live.Id, "Brewing guide", "brewing", [ShopContent.Text("<p>Unpublished words</p>")], publish: false);
        var draft = await shop.CreatePageAsync("Secret", "secret", [ShopContent.Text("<p>Hidden</p>")], publish: false);

        var (all, found, missing) = await shop.InScopeAsync(async services =>
        {
            var source = services.GetServices<ISearchSource>().Single(s => s.ContentType == ContentTypes.Page);
            var listed = new List<SearchDocument>();
            await foreach (var document in source.ListPublishedAsync(CancellationToken.None))
            {
                listed.Add(document);
            }

            return (listed, await source.FindPublishedAsync(live.Id, CancellationToken.None), await source.FindPublishedAsync(draft.Id, CancellationToken.None));
        });

        var only = Assert.Single(all);
        Assert.Equal("Brew better Use fresh beans. Grind? Medium.", only.Body);
        Assert.Equal("/pages/brewing", only.Path);
        Assert.Equal(only, found);
        Assert.Null(missing);
        var other = await app.CreateShopAsync();
        Assert.Null(await other.InScopeAsync(services => services.GetServices<ISearchSource>()
            .Single(s => s.ContentType == ContentTypes.Page).FindPublishedAsync(live.Id, CancellationToken.None)));
    }

    [Fact]
    public async Task Products_get_the_seo_part_and_their_page_can_read_it_as_content_metadata()
    {
        var shop = await app.CreateShopAsync();
        var image = await shop.AddImageAsync("Bag of beans");
        var product = new ContentItemKey(ContentTypes.Product, Guid.CreateVersion7());

        var saved = await shop.InScopeAsync(async services =>
        {
            var parts = services.GetRequiredService<ContentParts>();
            Assert.Contains(parts.For(ContentTypes.Product), p => p.Name == SeoPart.PartName);
            var errors = new ModelStateDictionary();
            await services.GetRequiredService<SeoPart>().StageAsync(product, new SeoInput("Kenya AA", "Bright and fruity.", image.Id.ToString()), errors, CancellationToken.None);
            await services.GetRequiredService<WalkingDrumDbContext>().SaveChangesAsync();
            return errors.ErrorCount;
        });
        var metadata = await shop.InScopeAsync(services => services.GetRequiredService<IContentMetadata>().GetAsync(product, CancellationToken.None));
        var none = await shop.InScopeAsync(services => services.GetRequiredService<IContentMetadata>()
            .GetAsync(product with { ItemId = Guid.NewGuid() }, CancellationToken.None));
        var elsewhere = await (await app.CreateShopAsync()).InScopeAsync(services => services.GetRequiredService<IContentMetadata>().GetAsync(product, CancellationToken.None));

        Assert.Equal(0, saved);
        Assert.Equal(new ContentMetadata("Kenya AA", "Bright and fruity.", $"/media/{image.Id:N}/w640.webp"), metadata);
        Assert.Null(none);
        Assert.Null(elsewhere);
    }
}
