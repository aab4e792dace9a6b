namespace WalkingDrum.Content.Pages.Admin.Shared;

/// <summary>The kinds of input <c>_Field.cshtml</c> renders.</summary>
public enum FieldKind
{
    Text,
    MultiLine,
    Number,
    Select,

    /// <summary>A textarea that the rich-text editor takes over when scripts run.</summary>
    RichText,
}

/// <summary>
/// One labelled form field with its hint and inline error: the error comes from model state under
/// <see cref="Name"/>, and so does the posted value when the form is shown again.
/// </summary>
public sealed record FieldModel(string Name, string Label, string? Value)
{
    public FieldKind Kind { get; init; } = FieldKind.Text;

    public string? Hint { get; init; }

    public int? MaxLength { get; init; }

    public bool Required { get; init; }

    /// <summary>Choices of a <see cref="FieldKind.Select"/>, value first.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];

    /// <summary>An element id made from the field name (<c>Blocks[2].Heading</c> → <c>blocks-2-heading</c>).</summary>
    public string Id => IdFor(Name);

    public static string IdFor(string name) =>
        string.Join('-', name.ToLowerInvariant().Split(['[', ']', '.'], StringSplitOptions.RemoveEmptyEntries));
}
