using WalkingDrum.Content.Models.Blocks;
using WalkingDrum.Content.Pages.Admin.Shared;
using WalkingDrum.Content.Services;

namespace WalkingDrum.Content.Pages.Admin.Pages;

/// <summary>One block's fields in the editor.</summary>
/// <param name="Index">Position of the block; its fields are named <c>Blocks[Index].…</c>.</param>
/// <param name="Block">The block as posted or stored.</param>
/// <param name="Images">The media library's images to choose from.</param>
public sealed record BlockEditorModel(int Index, BlockForm Block, IReadOnlyList<MediaChoice> Images)
{
    public string Name(string field) => $"Blocks[{Index}].{field}";

    public FieldModel Text(string field, string label, string? value, int max, bool required = false, string? hint = null) =>
        new(Name(field), label, value) { MaxLength = max, Required = required, Hint = hint };

    public FieldModel MultiLine(string field, string label, string? value, int max, bool required = false) =>
        new(Name(field), label, value) { Kind = FieldKind.MultiLine, MaxLength = max, Required = required };

    public FieldModel Link(string field, string? value, bool required) =>
        new(Name(field), "Button link", value) { MaxLength = LinkUrls.MaxLength, Required = required, Hint = LinkUrls.Rule };

    public FieldModel Image(string field, string label, string? value, bool required) => new(Name(field), label, value)
    {
        Kind = FieldKind.Select,
        Required = required,
        Options = [new("", required ? "Choose an image" : "No image"), .. Images.Select(i => new KeyValuePair<string, string>(i.Id.ToString(), i.Label))],
        Hint = Images.Count == 0 ? "Your media library has no images yet. Upload some under Media first." : null,
    };

    public static int MaxProducts => BlockRules.MaxProducts;
}
