using Ganss.Xss;

namespace WalkingDrum.Core.Text;

/// <summary>
/// Cleans HTML a merchant wrote (rich-text blocks, product and collection descriptions). It runs
/// when the HTML is saved and again when it is rendered, so a stored value that predates a rule
/// change, or was written around the editor, still cannot run script on the storefront.
/// </summary>
public static class MerchantHtml
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The HTML with everything that could run script or break the page removed.</summary>
    public static string Sanitize(string? html) =>
        string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html).Trim();

    /// <summary>The text content of <paramref name="html"/>, for search and meta descriptions.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html);
        return string.Join(' ', (document.Body?.TextContent ?? "")
            .Split((char[])[' ', '\n', '\r', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // Forms inside merchant text would let a page post shoppers' input anywhere.
        foreach (var tag in new[] { "form", "input", "button", "textarea", "select", "option", "optgroup", "fieldset", "legend", "label", "style" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.GetAttribute("target") is not null)
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
