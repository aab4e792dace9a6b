using Microsoft.AspNetCore.Http;

namespace WalkingDrum.Commerce.Parts;

/// <summary>One name/value row of the custom-fields editor.</summary>
public sealed record ProductFieldRow(string Name, string Value);

/// <summary>The custom-fields editor section: the product's fields plus blank rows to add more.</summary>
public sealed record ProductFieldsEditor(IReadOnlyList<ProductFieldRow> Rows)
{
    /// <summary>Form key that tells the part its section was on the posted form.</summary>
    public const string PresentKey = "fields.present";

    public const string NameKey = "fields.name";

    public const string ValueKey = "fields.value";

    public const string RemoveKey = "fields.remove";

    /// <summary>Blank rows offered for new fields.</summary>
    public const int BlankRows = 2;

    /// <summary>Error key of a row's name or value (<c>fields.name[2]</c>).</summary>
    public static string ErrorKey(string field, int row) => $"{field}[{row}]";

    /// <summary>Rows with blanks added at the end.</summary>
    public static ProductFieldsEditor WithBlanks(IEnumerable<ProductFieldRow> rows) =>
        new([.. rows, .. Enumerable.Repeat(new ProductFieldRow("", ""), BlankRows)]);

    /// <summary>The rows as posted, for re-showing a form that had problems; null when the section was not posted.</summary>
    public static ProductFieldsEditor? FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!form.ContainsKey(PresentKey))
        {
            return null;
        }

        var names = form[NameKey];
        var values = form[ValueKey];
        var rows = Enumerable.Range(0, Math.Max(names.Count, values.Count))
            .Select(i => new ProductFieldRow(i < names.Count ? names[i] ?? "" : "", i < values.Count ? values[i] ?? "" : ""))
            .ToArray();
        return new ProductFieldsEditor(rows);
    }
}
