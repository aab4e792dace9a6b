using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Tests.Pages;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Content.Tests.Endpoints;

[Collection(AppCollection.Name)]
public sealed class PageRenderingTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Every_kind_of_block_renders_accessibly_and_images_that_are_gone_render_nothing()
    {
        var shop = await app.CreateShopAsync();
        var photo = await shop.AddImageAsync("Beans on a scale");
        await shop.CreatePageAsync("Blocks", "blocks",
        [
            new HeroBlock { Heading = "Roasted <b>weekly</b>", Text = "Line one\nLine two", ImageId = photo.Id, ButtonLabel = "Shop", ButtonUrl = "/collections/all" },
            new ImageBlock { MediaId = photo.Id, Caption = "Our scale" },
            new ProductGridBlock { Heading = "Bestsellers", Count = 4 },
            new FaqBlock { Items = [new FaqItem { Question = "Do you ship?", Answer = "Yes.\nEverywhere." }] },
            new CallToActionBlock { Heading = "Subscribe", ButtonLabel = "Join", ButtonUrl = "https://example.com/join" },
        ]);
        await app.InShopAsync(shop.Tenant, async db =>
        {
            db.Remove(photo);
            return await db.SaveChangesAsync();
        });
        var withImage = await shop.CreatePageAsync("Pictures", "pictures", [new ImageBlock { MediaId = (await shop.AddImageAsync("A cup")).Id, Alt = "A full cup" }]);

        var html = await shop.Client().GetStringAsync("pages/blocks");
        var pictures = await shop.Client().GetStringAsync("pages/pictures");

        Assert.Contains("<h1>Roasted &lt;b&gt;weekly&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("page-title", html, StringComparison.Ordinal);
        Assert.Contains("<p>Line one</p><p>Line two</p>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/collections/all\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Bestsellers</h2>", html, StringComparison.Ordinal);
        Assert.Contains("New products are on their way", html, StringComparison.Ordinal);
        Assert.Contains("<summary>Do you ship?</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Everywhere.</p>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/join\">Join</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"page-title\">Pictures</h1>", pictures, StringComparison.Ordinal);
        Assert.Contains("alt=\"A full cup\"", pictures, StringComparison.Ordinal);
        Assert.Contains($"src=\"/s/{shop.Name}/media/", pictures, StringComparison.Ordinal);
        Assert.Contains($"w320.webp 320w, /s/{shop.Name}/media/", pictures, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, withImage.Id);
    }

    [Fact]
    public async Task The_seo_part_sets_the_title_description_social_image_and_canonical_address()
    {
        var shop = await app.CreateShopAsync();
        var image = await shop.AddImageAsync("Shared picture");
        var page = await shop.CreatePageAsync("Our story", "story", [ShopContent.Text("<p>We started roasting in a garage in 2009 and never stopped.</p>")]);
        var plain = await shop.Client().GetStringAsync("pages/story");
        Assert.Contains($"<title>Our story · Store {shop.Name}</title>", plain, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"We started roasting in a garage in 2009 and never stopped.\">", plain, StringComparison.Ordinal);

        var owner = await shop.OwnerClientAsync();
        var saved = await EditorForm.PostAsync(owner, page.Id, "publish",
            ("Title", "Our story"), ("Slug", "story"), ("Blocks[0].Type", "richText"), ("Blocks[0].Html", "<p>We started roasting.</p>"),
            ("seo.title", "Garage roasters since 2009"), ("seo.description", "How a garage became a roastery."), ("seo.socialImageId", image.Id.ToString()));
        await EditorForm.AssertSavedAsync(saved);
        var html = await app.ClientForShopHost(shop.Name).GetStringAsync("/pages/story");

        Assert.Contains($"<title>Garage roasters since 2009 · Store {shop.Name}</title>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"How a garage became a roastery.\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:image\" content=\"http://{shop.Name}.localhost/media/{image.Id:N}/w640.webp\">", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://{shop.Name}.localhost/pages/story\">", html, StringComparison.Ordinal);
        var editor = await owner.GetStringAsync($"admin/pages/{page.Id}");
        Assert.Contains("value=\"Garage roasters since 2009\"", editor, StringComparison.Ordinal);

        var foreign = await EditorForm.PostAsync(owner, page.Id, "save",
            ("Title", "Our story"), ("Slug", "story"), ("seo.socialImageId", Guid.NewGuid().ToString()));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("This image is not in your media library", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
