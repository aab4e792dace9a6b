using WalkingDrum.Commerce.Models;
using WalkingDrum.Content.Models;
using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Core.Money;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Security;

/// <summary>
/// Every field a merchant can edit, filled with hostile strings written straight to the database
/// (as if they had slipped past every form), must render inert on the storefront and in the admin.
/// Writing around the forms proves the pages encode and sanitize on their own.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HostileContentTests(WalkingDrumApp app)
{
    public static TheoryData<int> CorpusEntries()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < HostileInput.Corpus.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusEntries))]
    public async Task Hostile_merchant_content_renders_inert_everywhere(int entry)
    {
        var hostile = HostileInput.Corpus[entry];
        var shop = await app.CreateShopDirectlyAsync();
        var ids = await app.InShopAsync(shop.Tenant, db => HostileShop.SeedAsync(db, hostile));
        var shopper = shop.Client();
        var owner = await shop.OwnerClientAsync();
        var query = Uri.EscapeDataString(hostile);

        var problems = new List<string>();
        foreach (var path in new[]
        {
            "", "pages/p", "products/b", "collections", "collections/c", "search?q=bean", $"search?q={query}",
            $"search?q=bean&collection={query}&min={query}", $"no-such-page/{query}", "sitemap.xml",
        })
        {
            problems.AddRange(await LiveInjectionsAsync(shopper, path));
        }

        foreach (var path in new[]
        {
            "admin/products", $"admin/products?q={query}", $"admin/products/{ids.ProductId}", "admin/collections", $"admin/collections/{ids.CollectionId}",
            "admin/pages", $"admin/pages/{ids.PageId}", $"admin/pages/{ids.PageId}/preview", "admin/menus", "admin/media", "admin/theme",
            "admin/search", "admin/products/import",
        })
        {
            problems.AddRange(await LiveInjectionsAsync(owner, path));
        }

        Assert.True(problems.Count == 0, $"Corpus entry {entry} ({hostile}) became live markup:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_check_catches_live_markup_and_passes_encoded_text()
    {
        foreach (var hostile in HostileInput.Corpus.Where(h => !h.Contains("{{", StringComparison.Ordinal)))
        {
            Assert.NotEmpty(HostileInput.LiveInjections($"<html><body><div>{hostile}</div><a href=\"x\" title=\"{hostile}\">y</a></body></html>"));
            Assert.Empty(HostileInput.LiveInjections($"<html><body><div>{System.Net.WebUtility.HtmlEncode(hostile)}</div></body></html>"));
        }
    }

    private static async Task<IEnumerable<string>> LiveInjectionsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        return HostileInput.LiveInjections(html).Select(p => $"{path}: {p}");
    }

    /// <summary>Writes one hostile string into every merchant-editable field of a shop.</summary>
    private static class HostileShop
    {
        public static async Task<(Guid ProductId, Guid CollectionId, Guid PageId)> SeedAsync(Core.Data.WalkingDrumDbContext db, string hostile)
        {
            var now = DateTimeOffset.UtcNow;
            var product = new Product
            {
                Title = "Bean " + hostile, Slug = "b", DescriptionHtml = hostile, Status = ProductStatus.Active,
                Option1Name = Cut(hostile, 40), CreatedAt = now, UpdatedAt = now, PublishedAt = now,
            };
            product.Variants.Add(new ProductVariant { Option1 = Cut(hostile, 100), Sku = Cut("X" + hostile, 64), Price = new Amount(1250, "EUR"), CompareAtPrice = new Amount(1500, "EUR"), Stock = 3, TrackInventory = true });
            product.Tags.Add(new ProductTag { Tag = Cut(hostile, 60) });
            db.Add(product);
            db.Add(new ProductField { ProductId = product.Id, Name = Cut(hostile, 60), Value = hostile });
            var collection = new Collection { Title = hostile, Slug = "c", DescriptionHtml = hostile, IsPublished = true, CreatedAt = now, UpdatedAt = now };
            db.Add(collection);
            db.Add(new CollectionProduct { CollectionId = collection.Id, ProductId = product.Id });
            var media = new MediaAsset { FileName = Cut(hostile, 255), ContentType = "image/png", Alt = Cut(hostile, 250), Width = 400, Height = 400, VariantWidths = "320", CreatedAt = now };
            db.Add(media);
            db.Add(new ContentImage { ContentType = Core.Content.ContentTypes.Product, ItemId = product.Id, MediaId = media.Id });

            var blocks = PageBlocks.Serialize(
            [
                new HeroBlock { Heading = hostile, Text = hostile, ImageId = media.Id, ButtonLabel = hostile, ButtonUrl = hostile },
                new RichTextBlock { Html = hostile },
                new ImageBlock { MediaId = media.Id, Alt = hostile, Caption = hostile },
                new ProductGridBlock { Heading = hostile, Collection = "c", Count = 4 },
                new FaqBlock { Items = [new FaqItem { Question = hostile, Answer = hostile }] },
                new CallToActionBlock { Heading = hostile, Text = hostile, ButtonLabel = hostile, ButtonUrl = hostile },
            ]);
            var home = AddPage(db, "Home " + hostile, "home", blocks, now);
            home.IsHomePage = true;
            var page = AddPage(db, hostile, "p", blocks, now);
            foreach (var (type, id) in new[] { (Core.Content.ContentTypes.Product, product.Id), (Core.Content.ContentTypes.Page, page.Id), (Core.Content.ContentTypes.Page, home.Id) })
            {
                db.Add(new SeoMetadata { ContentType = type, ItemId = id, Title = Cut(hostile, 200), Description = Cut(hostile, 500), SocialImageId = media.Id });
            }

            var links = System.Text.Json.JsonSerializer.Serialize(new[] { new MenuLink(hostile, "/pages/p"), new MenuLink("Link", hostile) }, System.Text.Json.JsonSerializerOptions.Web);
            db.Add(new Menu { Handle = Menu.Header, ItemsJson = links, UpdatedAt = now });
            db.Add(new Menu { Handle = Menu.Footer, ItemsJson = links, UpdatedAt = now });
            db.Add(new ThemeSettings { TenantId = db.CurrentTenantId, HeroHeading = Cut(hostile, 200), HeroText = Cut(hostile, 500), HeroCtaLabel = Cut(hostile, 60), HeroCtaUrl = Cut(hostile, 300), PrimaryColor = "#fff}</", LogoMediaId = media.Id, UpdatedAt = now });
            await db.SaveChangesAsync();
            return (product.Id, collection.Id, page.Id);
        }

        private static Page AddPage(Core.Data.WalkingDrumDbContext db, string title, string slug, string blocks, DateTimeOffset now)
        {
            var page = new Page { Title = title, Slug = slug, BlocksJson = blocks, PublishedVersion = 1, LatestVersion = 1, CreatedAt = now, UpdatedAt = now, PublishedAt = now };
            db.Add(page);
            db.Add(new PageVersion { PageId = page.Id, Number = 1, Title = title, Slug = slug, BlocksJson = blocks, WasPublished = true, CreatedAt = now });
            return page;
        }

        private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
    }
}
