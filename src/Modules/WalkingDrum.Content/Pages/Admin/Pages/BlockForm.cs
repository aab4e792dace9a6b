using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using WalkingDrum.Content.Models.Blocks;

namespace WalkingDrum.Content.Pages.Admin.Pages;

/// <summary>
/// A block as the editor posts it: every field as text, so a value that does not parse becomes
/// an inline error instead of a binding failure. The block rules check it, not attributes.
/// </summary>
[ValidateNever]
public sealed class BlockForm
{
    public string? Type { get; set; }

    public string? Html { get; set; }

    public string? MediaId { get; set; }

    public string? Alt { get; set; }

    public string? Caption { get; set; }

    public string? Heading { get; set; }

    public string? Text { get; set; }

    public string? ImageId { get; set; }

    public string? ButtonLabel { get; set; }

    public string? ButtonUrl { get; set; }

    public string? Collection { get; set; }

    public string? Count { get; set; }

    public List<FaqItemForm> Items { get; set; } = [];

    public static BlockForm From(PageBlock block) => block switch
    {
        RichTextBlock b => new() { Type = b.Type, Html = b.Html },
        ImageBlock b => new() { Type = b.Type, MediaId = b.MediaId?.ToString(), Alt = b.Alt, Caption = b.Caption },
        HeroBlock b => new()
        {
            Type = b.Type, Heading = b.Heading, Text = b.Text, ImageId = b.ImageId?.ToString(), ButtonLabel = b.ButtonLabel, ButtonUrl = b.ButtonUrl,
        },
        ProductGridBlock b => new()
        {
            Type = b.Type, Heading = b.Heading, Collection = b.Collection, Count = b.Count.ToString(CultureInfo.InvariantCulture),
        },
        FaqBlock b => new() { Type = b.Type, Items = b.Items.Select(i => new FaqItemForm { Question = i.Question, Answer = i.Answer }).ToList() },
        CallToActionBlock b => new() { Type = b.Type, Heading = b.Heading, Text = b.Text, ButtonLabel = b.ButtonLabel, ButtonUrl = b.ButtonUrl },
        _ => new() { Type = block.Type },
    };

    /// <summary>The block, with fields that do not parse reported under <paramref name="prefix"/>; null for an unknown kind.</summary>
    public PageBlock? ToBlock(string prefix, ModelStateDictionary errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Guid? Id(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (Guid.TryParse(value, out var id))
            {
                return id;
            }

            errors.AddModelError(prefix + field, "Choose an image from the list.");
            return null;
        }

        switch (Type)
        {
            case RichTextBlock.Kind:
                return new RichTextBlock { Html = Html ?? "" };
            case ImageBlock.Kind:
                return new ImageBlock { MediaId = Id(nameof(MediaId), MediaId), Alt = Alt ?? "", Caption = Caption ?? "" };
            case HeroBlock.Kind:
                return new HeroBlock
                {
                    Heading = Heading ?? "", Text = Text ?? "", ImageId = Id(nameof(ImageId), ImageId),
                    ButtonLabel = ButtonLabel ?? "", ButtonUrl = ButtonUrl ?? "",
                };
            case ProductGridBlock.Kind:
                var count = new ProductGridBlock().Count;
                if (!string.IsNullOrWhiteSpace(Count) && !int.TryParse(Count, NumberStyles.Integer, CultureInfo.InvariantCulture, out count))
                {
                    errors.AddModelError(prefix + nameof(Count), $"Enter a whole number between 1 and {BlockRules.MaxProducts}.");
                }

                return new ProductGridBlock { Heading = Heading ?? "", Collection = Collection, Count = count };
            case FaqBlock.Kind:
                return new FaqBlock { Items = Items.Select(i => new FaqItem { Question = i.Question ?? "", Answer = i.Answer ?? "" }).ToArray() };
            case CallToActionBlock.Kind:
                return new CallToActionBlock { Heading = Heading ?? "", Text = Text ?? "", ButtonLabel = ButtonLabel ?? "", ButtonUrl = ButtonUrl ?? "" };
            default:
                errors.AddModelError(prefix.TrimEnd('.'), "This block is of a kind the editor does not know. Remove it.");
                return null;
        }
    }
}

/// <summary>One question of a FAQ block as posted.</summary>
[ValidateNever]
public sealed class FaqItemForm
{
    public string? Question { get; set; }

    public string? Answer { get; set; }
}
