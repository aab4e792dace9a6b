using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Models.Drops;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Media;
using WalkingDrum.Core.Text;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Content.Services;

/// <summary>
/// Turns stored blocks into what the theme renders: images and products looked up, links given
/// the tenant's base path, rich text sanitized once more. A block whose image is gone is left out.
/// </summary>
internal sealed class PageDropBuilder(IMediaImages media, IProductCards products)
{
    public async Task<PageDrop> BuildAsync(string title, IReadOnlyList<PageBlock> blocks, string basePath, CancellationToken cancellationToken)
    {
        var imageIds = blocks.Select(ImageIdOf).OfType<Guid>().Distinct().ToArray();
        var images = await media.FindAsync(imageIds, cancellationToken);
        ImageDrop? Image(Guid? id, string alt = "") =>
            id is { } key && images.TryGetValue(key, out var image) ? ImageDrop.From(image, basePath, alt) : null;

        var heroFirst = blocks.Count > 0 && blocks[0] is HeroBlock;
        var drops = new List<object>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            object? drop = blocks[i] switch
            {
                RichTextBlock b => MerchantHtml.Sanitize(b.Html) is { Length: > 0 } html ? new RichTextDrop(html) : null,
                ImageBlock b => Image(b.MediaId, b.Alt) is { } image ? new ImageBlockDrop(image, b.Caption) : null,
                HeroBlock b => new HeroDrop(b.Heading, i == 0 ? 1 : 2, Paragraphs(b.Text), Image(b.ImageId),
                    b.ButtonLabel, Href(b.ButtonUrl, basePath)),
                ProductGridBlock b => new ProductGridDrop(b.Heading,
                    await products.ListAsync(b.Collection, Math.Clamp(b.Count, 1, BlockRules.MaxProducts), cancellationToken)),
                FaqBlock b => new FaqDrop(b.Items.Select(q => new FaqEntryDrop(q.Question, Paragraphs(q.Answer))).ToArray()),
                CallToActionBlock b => new CallToActionDrop(b.Heading, Paragraphs(b.Text), b.ButtonLabel, Href(b.ButtonUrl, basePath)),
                _ => null,
            };
            if (drop is not null)
            {
                drops.Add(drop);
            }
        }

        return new PageDrop(title, !heroFirst, drops);
    }

    /// <summary>Plain text of the blocks, for search and for a description when the merchant set none.</summary>
    public static string PlainText(IReadOnlyList<PageBlock> blocks) =>
        string.Join(' ', blocks.Select(b => b switch
        {
            RichTextBlock r => MerchantHtml.ToPlainText(r.Html),
            ImageBlock i => i.Caption,
            HeroBlock h => h.Heading + " " + h.Text,
            FaqBlock f => string.Join(' ', f.Items.Select(q => q.Question + " " + q.Answer)),
            CallToActionBlock c => c.Heading + " " + c.Text,
            _ => "",
        }).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()));

    private static Guid? ImageIdOf(PageBlock block) => block switch
    {
        ImageBlock image => image.MediaId,
        HeroBlock hero => hero.ImageId,
        _ => null,
    };

    private static string Href(string url, string basePath) => url.Length == 0 ? "" : LinkUrls.Href(url, basePath);

    private static string[] Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
