using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Content.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

[Collection(CatalogCollection.Name)]
public sealed partial class ProductPageTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_published_product_shows_title_price_stock_description_fields_and_json_ld()
    {
        var shop = await app.CreateShopAsync();
        await app.SaveProductAsync(shop, Catalog.Simple("Ethiopia Guji", "14.00", sku: "ETH-1") with
        {
            Description = "<p>Notes of <strong>jasmine</strong>.</p>",
            Variants = [new VariantInput(null, [], "ETH-1", "14.00", "18.00", "3", true)],
            Fields = [new("Origin", "Guji, Ethiopia"), new("Roast", "Light")],
        });

        var response = await shop.Client().GetAsync("products/ethiopia-guji");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(H1().Matches(html));
        Assert.Contains("<h1>Ethiopia Guji</h1>", html, StringComparison.Ordinal);
        Assert.Contains("€14.00", html, StringComparison.Ordinal);
        Assert.Contains("<s><span class=\"visually-hidden\">Was</span> €18.00</s>", html, StringComparison.Ordinal);
        Assert.Contains("Only 3 left", html, StringComparison.Ordinal);
        Assert.Contains("<strong>jasmine</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Origin</dt><dd>Guji, Ethiopia</dd>", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Product\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Ethiopia Guji · Store ", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Notes of jasmine.\">", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Add to cart</button>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("Archived")]
    public async Task Drafts_archived_and_unknown_products_are_a_themed_404(string status)
    {
        var shop = await app.CreateShopAsync();
        await app.SaveProductAsync(shop, Catalog.Simple("Hidden", status: status));

        var hidden = await shop.Client().GetAsync("products/hidden");
        var unknown = await shop.Client().GetAsync("products/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var html = await hidden.Content.ReadAsStringAsync();
        Assert.Contains("We couldn’t find that page", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/{shop.Name}/\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/s/{shop.Name}/search\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_variant_picker_works_without_javascript_and_shows_the_chosen_variant()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Sized("Colombia", ("250 g", "9.00", "COL-250", 0), ("1 kg", "30.00", "COL-1K", 40)));
        var small = product.Variants.Single(v => v.Sku == "COL-250");

        var first = await shop.Client().GetStringAsync("products/colombia");
        var chosen = await shop.Client().GetStringAsync($"products/colombia?variant={small.Id}");
        var nonsense = await shop.Client().GetAsync("products/colombia?variant=not-a-guid");

        Assert.Contains("<form class=\"variant-picker\" method=\"get\"", first, StringComparison.Ordinal);
        Assert.Contains("<label for=\"variant\">Size</label>", first, StringComparison.Ordinal);
        // The first variant is sold out, so the page opens on the one that can be bought.
        Assert.Contains("SKU <span>COL-1K</span>", first, StringComparison.Ordinal);
        Assert.Contains("In stock", first, StringComparison.Ordinal);
        Assert.Contains("SKU <span>COL-250</span>", chosen, StringComparison.Ordinal);
        Assert.Contains("Sold out", chosen, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{small.Id}\" selected>", chosen, StringComparison.Ordinal);
        Assert.Contains("<p class=\"price\">€9.00</p>", chosen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
    }

    [Fact]
    public async Task Hostile_titles_descriptions_and_fields_render_inert()
    {
        var shop = await app.CreateShopAsync();
        const string Attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        await app.SaveProductAsync(shop, Catalog.Simple("Evil " + Attack, slug: "evil") with
        {
            Description = "<p>Fine</p>" + Attack + "<a href=\"javascript:alert(3)\">x</a></script>",
            Fields = [new("Origin" + Attack, Attack)],
        });

        var html = await shop.Client().GetStringAsync("products/evil");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("Evil &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<p>Fine</p>", html, StringComparison.Ordinal);
        // The layout's htmx and the page's JSON-LD; nothing the merchant wrote.
        Assert.Equal(2, Regex.Count(html, "</script>"));
    }

    [Fact]
    public async Task A_changed_slug_answers_301_to_the_new_address()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Old Name"));
        await app.InShopAsync(shop, services => services.GetRequiredService<ProductService>()
            .UpdateAsync(product.Id, Catalog.Simple("New Name", slug: "new-name"), null, CancellationToken.None));

        var response = await shop.Client().GetAsync("products/old-name?ref=mail");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/s/{shop.Name}/products/new-name?ref=mail", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await shop.Client().GetAsync("products/new-name")).StatusCode);
    }

    [Fact]
    public async Task Cached_pages_follow_a_publish_at_once()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Seasonal", "10.00"));
        Assert.Contains("€10.00", await shop.Client().GetStringAsync("products/seasonal"), StringComparison.Ordinal);

        await app.InShopAsync(shop, services => services.GetRequiredService<ProductService>()
            .UpdateAsync(product.Id, Catalog.Simple("Seasonal", "11.00"), null, CancellationToken.None));
        var afterEdit = await shop.Client().GetStringAsync("products/seasonal");
        await app.InShopAsync(shop, services => services.GetRequiredService<ProductService>()
            .SetStatusAsync([product.Id], ProductStatus.Draft, CancellationToken.None));

        Assert.Contains("€11.00", afterEdit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client().GetAsync("products/seasonal")).StatusCode);
    }

    [Fact]
    public async Task A_product_of_another_shop_is_not_found_here()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        await app.SaveProductAsync(b, Catalog.Simple("Only In B"));

        Assert.Equal(HttpStatusCode.NotFound, (await a.Client().GetAsync("products/only-in-b")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.Client().GetAsync("products/only-in-b")).StatusCode);
    }

    [Fact]
    public async Task The_gallery_shows_attached_images_in_order_with_alt_text_and_shop_addresses()
    {
        var shop = await app.CreateShopAsync();
        var product = await app.SaveProductAsync(shop, Catalog.Simple("Pictured"));
        var (first, second) = await app.InShopAsync(shop.Tenant, async db =>
        {
            var a = new MediaAsset { FileName = "a.jpg", ContentType = "image/jpeg", Alt = "Bag <front>", Width = 1200, Height = 1200, VariantWidths = "320,640" };
            var b = new MediaAsset { FileName = "b.jpg", ContentType = "image/jpeg", Alt = "Beans", Width = 800, Height = 600, VariantWidths = "320" };
            db.AddRange(a, b,
                new ContentImage { ContentType = ContentTypes.Product, ItemId = product.Id, MediaId = b.Id, Position = 1 },
                new ContentImage { ContentType = ContentTypes.Product, ItemId = product.Id, MediaId = a.Id, Position = 0 });
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });

        var html = await shop.Client().GetStringAsync("products/pictured");

        var basePath = $"/s/{shop.Name}";
        Assert.Contains($"<img src=\"{basePath}/media/{first:N}/w640.webp\" srcset=\"{basePath}/media/{first:N}/w320.webp 320w, {basePath}/media/{first:N}/w640.webp 640w\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Bag &lt;front&gt;\" width=\"1200\" height=\"1200\" fetchpriority=\"high\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf($"{first:N}", StringComparison.Ordinal) < html.IndexOf($"{second:N}", StringComparison.Ordinal));
        Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost{basePath}/media/{first:N}/w640.webp\">", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();
}
