using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WalkingDrum.Content.Services;
using WalkingDrum.Core.Text;

namespace WalkingDrum.Content.Models.Blocks;

/// <summary>
/// Cleans and checks blocks the same way for the admin and for recipes. Errors are keyed by
/// the form field names (<c>Blocks[2].ButtonUrl</c>) so the editor shows them beside the field.
/// </summary>
public static class BlockRules
{
    public const int MaxHtml = 50_000;
    public const int MaxHeading = 200;
    public const int MaxText = 1_000;
    public const int MaxLabel = 60;
    public const int MaxAlt = 250;
    public const int MaxCaption = 300;
    public const int MaxQuestion = 300;
    public const int MaxAnswer = 3_000;
    public const int MaxFaqItems = 30;
    public const int MaxProducts = 24;

    /// <summary>A copy with texts trimmed, rich text sanitized and empty FAQ rows dropped.</summary>
    public static PageBlock Normalize(PageBlock block) => block switch
    {
        RichTextBlock b => b with { Html = MerchantHtml.Sanitize(b.Html) },
        ImageBlock b => b with { Alt = Line(b.Alt), Caption = Line(b.Caption) },
        HeroBlock b => b with { Heading = Line(b.Heading), Text = Multiline(b.Text), ButtonLabel = Line(b.ButtonLabel), ButtonUrl = Line(b.ButtonUrl) },
        ProductGridBlock b => b with { Heading = Line(b.Heading), Collection = string.IsNullOrWhiteSpace(b.Collection) ? null : b.Collection.Trim() },
        FaqBlock b => b with
        {
            Items = (b.Items ?? []).Where(i => i is not null)
                .Select(i => new FaqItem { Question = Line(i.Question), Answer = Multiline(i.Answer) })
                .Where(i => i.Question.Length > 0 || i.Answer.Length > 0).ToArray(),
        },
        CallToActionBlock b => b with { Heading = Line(b.Heading), Text = Multiline(b.Text), ButtonLabel = Line(b.ButtonLabel), ButtonUrl = Line(b.ButtonUrl) },
        _ => block,
    };

    /// <summary>Records every problem of the (normalized) blocks in <paramref name="errors"/>.</summary>
    public static void Validate(IReadOnlyList<PageBlock> blocks, ModelStateDictionary errors, string prefix = "Blocks")
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(errors);
        if (blocks.Count > PageBlocks.MaxBlocks)
        {
            errors.AddModelError(prefix, $"A page can have at most {PageBlocks.MaxBlocks} blocks.");
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var field = new Fields(errors, string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]."));
            switch (blocks[i])
            {
                case RichTextBlock b:
                    field.Required("Html", b.Html, "Write some text, or remove this block.");
                    field.Max("Html", b.Html, MaxHtml);
                    break;
                case ImageBlock b:
                    field.Check("MediaId", b.MediaId is not null, "Choose an image from your media library.");
                    field.Max("Alt", b.Alt, MaxAlt);
                    field.Max("Caption", b.Caption, MaxCaption);
                    break;
                case HeroBlock b:
                    field.Required("Heading", b.Heading, "Enter a heading.");
                    field.Max("Heading", b.Heading, MaxHeading);
                    field.Max("Text", b.Text, MaxText);
                    field.Button(b.ButtonLabel, b.ButtonUrl, required: false);
                    break;
                case ProductGridBlock b:
                    field.Max("Heading", b.Heading, MaxHeading);
                    field.Check("Collection", b.Collection is null || Slugs.IsValid(b.Collection), "Enter the collection's address name, like coffee-beans, or leave it empty for the newest products.");
                    field.Check("Count", b.Count is >= 1 and <= MaxProducts, $"Show between 1 and {MaxProducts} products.");
                    break;
                case FaqBlock b:
                    Faq(b, field);
                    break;
                case CallToActionBlock b:
                    field.Required("Heading", b.Heading, "Enter a heading.");
                    field.Max("Heading", b.Heading, MaxHeading);
                    field.Max("Text", b.Text, MaxText);
                    field.Button(b.ButtonLabel, b.ButtonUrl, required: true);
                    break;
            }
        }
    }

    private static void Faq(FaqBlock block, Fields field)
    {
        field.Check("Items", block.Items.Count is >= 1 and <= MaxFaqItems, $"Add between 1 and {MaxFaqItems} questions.");
        for (var j = 0; j < block.Items.Count; j++)
        {
            var item = block.Items[j];
            var key = string.Create(CultureInfo.InvariantCulture, $"Items[{j}].");
            field.Required(key + "Question", item.Question, "Enter the question.");
            field.Max(key + "Question", item.Question, MaxQuestion);
            field.Required(key + "Answer", item.Answer, "Enter the answer.");
            field.Max(key + "Answer", item.Answer, MaxAnswer);
        }
    }

    // One line of plain text: trimmed, without control characters.
    private static string Line(string? text) =>
        new string((text ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();

    // Plain text that may span lines: Windows line ends become \n, other control characters go.
    private static string Multiline(string? text) =>
        new string((text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)
            .Where(c => c == '\n' || !char.IsControl(c)).ToArray()).Trim();

    private readonly record struct Fields(ModelStateDictionary Errors, string Prefix)
    {
        public void Check(string name, bool valid, string message)
        {
            if (!valid)
            {
                Errors.AddModelError(Prefix + name, message);
            }
        }

        public void Required(string name, string value, string message) => Check(name, value.Length > 0, message);

        public void Max(string name, string value, int max) =>
            Check(name, value.Length <= max, string.Create(CultureInfo.InvariantCulture, $"Use at most {max:N0} characters."));

        public void Button(string label, string url, bool required)
        {
            if (!required && label.Length == 0 && url.Length == 0)
            {
                return;
            }

            Required("ButtonLabel", label, "Enter the button's label.");
            Max("ButtonLabel", label, MaxLabel);
            Check("ButtonUrl", url.Length > 0, "Enter where the button leads.");
            Check("ButtonUrl", url.Length == 0 || LinkUrls.IsSafe(url), LinkUrls.Rule);
        }
    }
}
