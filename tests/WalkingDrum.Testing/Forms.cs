using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace WalkingDrum.Testing;

/// <summary>Submits server-rendered forms the way a browser does: anti-forgery token included.</summary>
public static partial class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>GETs <paramref name="pagePath"/> and returns the anti-forgery token of its form.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string pagePath)
    {
        var html = await client.GetStringAsync(pagePath);
        return TokenIn(html) ?? throw new InvalidOperationException($"No anti-forgery token on {pagePath}.");
    }

    public static string? TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>GETs the page for a token, then POSTs <paramref name="fields"/> to <paramref name="postPath"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string pagePath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var token = await TokenAsync(client, pagePath);
        var content = new FormUrlEncodedContent(fields.Append(new(TokenField, token)));
        return await client.PostAsync(postPath ?? pagePath, content);
    }

    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var response = await PostAsync(client, "account/login", [new("Input.Email", email), new("Input.Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Sign-in of {email} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
