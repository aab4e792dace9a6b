using System.Globalization;
using System.Xml;

namespace WalkingDrum.Content.Services.Media;

/// <summary>The outcome of checking an SVG: its size, or why it was refused.</summary>
internal sealed record SvgCheck(int Width, int Height, string? Error);

/// <summary>
/// Accepts an SVG only when it is well-formed XML that cannot run script or pull in other
/// documents. The served file also carries a Content-Security-Policy that forbids script, so a
/// trick this check misses still cannot run.
/// </summary>
internal static class SvgSafety
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener",
    };

    private static readonly HashSet<string> LinkAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src" };

    public static SvgCheck Check(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            // A DOCTYPE can declare entities that expand without bound or read local files.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            SvgCheck? root = null;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction)
                {
                    return Refuse($"it contains a <?{reader.Name}?> processing instruction, which can load other documents");
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (root is null && !string.Equals(reader.LocalName, "svg", StringComparison.Ordinal))
                {
                    return new SvgCheck(0, 0, "The file is not an image: only JPEG, PNG, GIF, WebP, AVIF and SVG images can be uploaded.");
                }

                if (ForbiddenElements.Contains(reader.LocalName))
                {
                    return Refuse($"it contains a <{reader.LocalName}> element, which can run script or embed other content");
                }

                if (CheckAttributes(reader) is { } problem)
                {
                    return Refuse(problem);
                }

                root ??= SizeOf(reader);
            }

            return root ?? new SvgCheck(0, 0, "The SVG has no <svg> element.");
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse("it has a DOCTYPE or entity declarations, which can pull in outside files");
        }
        catch (XmlException ex)
        {
            return new SvgCheck(0, 0, $"The SVG is not well-formed XML ({ex.Message}).");
        }
    }

    private static string? CheckAttributes(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            var value = Compact(reader.Value);
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"it has an event handler attribute ({reader.Name}), which runs script";
            }

            if (value.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || value.Contains("vbscript:", StringComparison.OrdinalIgnoreCase))
            {
                return $"the {reader.Name} attribute holds a script URL";
            }

            if (LinkAttributes.Contains(name) && value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                return $"the {reader.Name} attribute holds a data: URL, which can hide a document with script";
            }
        }

        reader.MoveToElement();
        return null;
    }

    // Browsers ignore whitespace and control characters inside a URL scheme ("java\tscript:").
    private static string Compact(string value) =>
        string.Concat(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));

    private static SvgCheck Refuse(string why) => new(0, 0, $"This SVG was refused because {why}. Remove it and upload the file again.");

    private static SvgCheck SizeOf(XmlReader svg)
    {
        var width = Length(svg.GetAttribute("width"));
        var height = Length(svg.GetAttribute("height"));
        var viewBox = svg.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if ((width is null || height is null) && viewBox is { Length: 4 }
            && double.TryParse(viewBox[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxWidth)
            && double.TryParse(viewBox[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxHeight))
        {
            width ??= (int)Math.Round(boxWidth);
            height ??= (int)Math.Round(boxHeight);
        }

        // Browsers draw an SVG without any size at 300 × 150.
        return new SvgCheck(width is > 0 ? width.Value : 300, height is > 0 ? height.Value : 150, null);
    }

    private static int? Length(string? value)
    {
        var number = value?.Trim().Replace("px", "", StringComparison.OrdinalIgnoreCase);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var length) && length is > 0 and < 100_000
            ? (int)Math.Round(length)
            : null;
    }
}
