using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace WalkingDrum.Core.Forms;

/// <summary>Ids that tie a field to its inline error message.</summary>
public static class FieldErrors
{
    /// <summary>The error message element's id for a form key (<c>Input.Variants[0].Price</c>).</summary>
    /// <param name="key">The form key, as the field's <c>name</c>.</param>
    public static string ErrorId(string key) => TagBuilder.CreateSanitizedId(key, "_") + "-error";

    /// <summary>The validation messages recorded for <paramref name="key"/>, if any.</summary>
    public static IReadOnlyList<string> Messages(ViewContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ViewData.ModelState.TryGetValue(key, out var entry)
            ? [.. entry.Errors.Select(e => e.ErrorMessage)]
            : [];
    }
}

/// <summary>
/// Marks a field whose value was refused: <c>aria-invalid="true"</c> and a reference to its error
/// message, so screen readers announce the problem with the field. The key is the field's
/// <c>asp-for</c> name, or <c>wd-field</c> for fields named by hand.
/// </summary>
[HtmlTargetElement("input", Attributes = "wd-field")]
[HtmlTargetElement("select", Attributes = "wd-field")]
[HtmlTargetElement("textarea", Attributes = "wd-field")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    /// <summary>The form key whose errors this field shows.</summary>
    [HtmlAttributeName("wd-field")]
    public string Key { get; set; } = "";

    /// <summary>The view being rendered (set by Razor).</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (FieldErrors.Messages(ViewContext, Key).Count == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value + " " : "";
        output.Attributes.SetAttribute("aria-describedby", describedBy + FieldErrors.ErrorId(Key));
    }
}

/// <summary><c>&lt;field-error for="Input.Title" /&gt;</c>: the field's messages, rendered only when there are any.</summary>
[HtmlTargetElement("field-error", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>The form key whose errors are shown.</summary>
    [HtmlAttributeName("for")]
    public string Key { get; set; } = "";

    /// <summary>The view being rendered (set by Razor).</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var messages = FieldErrors.Messages(ViewContext, Key);
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", FieldErrors.ErrorId(Key));
        output.Attributes.SetAttribute("class", "field-error");
        output.Content.SetContent(string.Join(" ", messages));
    }
}
