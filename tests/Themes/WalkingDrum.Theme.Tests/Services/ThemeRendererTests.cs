using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Money;
using WalkingDrum.Theme.Services;
using Xunit;

namespace WalkingDrum.Theme.Tests.Services;

public sealed class ThemeRendererTests
{
    private readonly ThemeRenderer _renderer = new([]);

    [Fact]
    public async Task Product_card_partial_shows_price_sale_and_encoded_title()
    {
        var card = new ProductCard("<b>Kenya</b> AA", "kenya-aa", new Amount(1250, "EUR"), new Amount(1500, "EUR"), "/media/x/w640.webp", "A bag of beans");

        var html = await _renderer.RenderSnippetAsync("test-card", "{% render 'product-card', card: part, base_path: '/s/shop' %}", card, "/s/shop", CancellationToken.None);

        Assert.Contains("href=\"/s/shop/products/kenya-aa\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Kenya&lt;/b&gt; AA", html, StringComparison.Ordinal);
        Assert.Contains("€12.50", html, StringComparison.Ordinal);
        Assert.Contains("<s><span class=\"visually-hidden\">Was</span> €15.00</s>", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"A bag of beans\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Money_filter_renders_nothing_for_values_that_are_not_amounts() =>
        Assert.Equal("[]", await _renderer.RenderSnippetAsync("test-money", "[{{ part | money }}]", "12.50", "", CancellationToken.None));
}
