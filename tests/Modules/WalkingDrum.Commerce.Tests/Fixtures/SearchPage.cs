using System.Net;
using System.Text.RegularExpressions;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>Reads the storefront search page as an anonymous shopper.</summary>
public static partial class SearchPage
{
    public static async Task<string> HtmlAsync(TestShop shop, string query)
    {
        var response = await shop.Client().GetAsync("search" + query);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"search{query} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>The titles of the results on the page, in order.</summary>
    public static async Task<string[]> TitlesAsync(TestShop shop, string query) => Titles(await HtmlAsync(shop, query));

    public static string[] Titles(string html) =>
        [.. TitlePattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<h3>(?:<a [^>]*>)?([^<]*)")]
    private static partial Regex TitlePattern();
}
