using WalkingDrum.Testing;

namespace WalkingDrum.Content.Tests.Pages;

/// <summary>Posts the page editor the way a browser without scripts does.</summary>
internal static class EditorForm
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid pageId, string command, params (string Name, string Value)[] fields) =>
        Forms.PostAsync(client, $"admin/pages/{pageId}",
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("command", command)));

    /// <summary>Fails with the page's inline errors unless the post was accepted (a redirect).</summary>
    public static async Task AssertSavedAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var errors = System.Text.RegularExpressions.Regex.Matches(html, "class=\"field-error\">([^<]+)<|<li>([^<]+)</li>")
            .Select(m => m.Value);
        Xunit.Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect,
            $"{(int)response.StatusCode}: {string.Join(" | ", errors)} {html[Math.Max(0, html.IndexOf("form-errors", StringComparison.Ordinal))..][..Math.Min(800, html.Length - Math.Max(0, html.IndexOf("form-errors", StringComparison.Ordinal)))]}");
    }

    /// <summary>Title and slug plus one call-to-action block.</summary>
    public static (string, string)[] CallToAction(string title, string slug, string url) =>
    [
        ("Title", title), ("Slug", slug),
        ("Blocks[0].Type", "callToAction"), ("Blocks[0].Heading", "Join the club"), ("Blocks[0].ButtonLabel", "Join"), ("Blocks[0].ButtonUrl", url),
    ];
}
