using WalkingDrum.Core.Catalog;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Content.Models.Drops;

// What page templates read. Every URL is ready for href/src (base path included) and every text
// is plain, so templates only encode; rich text was sanitized again just before it got here.

/// <summary>The <c>page</c> object of <c>page.liquid</c>.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="ShowTitle">False when the first block is a hero whose heading is the page's h1.</param>
/// <param name="Blocks">Block drops in order; each has a <c>type</c>.</param>
public sealed record PageDrop(string Title, bool ShowTitle, IReadOnlyList<object> Blocks);

/// <summary>A media-library image ready for an <c>img</c> element.</summary>
public sealed record RichTextDrop(string Html)
{
    public string Type => "rich_text";
}

public sealed record ImageBlockDrop(ImageDrop Image, string Caption)
{
    public string Type => "image";
}

public sealed record HeroDrop(string Heading, int HeadingLevel, IReadOnlyList<string> Paragraphs, ImageDrop? Image, string ButtonLabel, string ButtonHref)
{
    public string Type => "hero";
}

public sealed record ProductGridDrop(string Heading, IReadOnlyList<ProductCard> Cards)
{
    public string Type => "product_grid";
}

public sealed record FaqDrop(IReadOnlyList<FaqEntryDrop> Items)
{
    public string Type => "faq";
}

public sealed record FaqEntryDrop(string Question, IReadOnlyList<string> Paragraphs);

public sealed record CallToActionDrop(string Heading, IReadOnlyList<string> Paragraphs, string ButtonLabel, string ButtonHref)
{
    public string Type => "call_to_action";
}
