using System.Collections.Frozen;
using System.Reflection;
using System.Text.Encodings.Web;
using Fluid;
using WalkingDrum.Core.Email;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// Email templates embedded in an assembly as <c>{prefix}{name}.html.liquid</c> and
/// <c>{prefix}{name}.txt.liquid</c>; the first line of the text template is the subject. Values
/// may be strings, numbers, lists and dictionaries (for the lines of an order).
/// </summary>
public sealed class LiquidEmailTemplates(Assembly assembly, string prefix)
{
    private readonly FrozenDictionary<string, IFluidTemplate> _templates = EmbeddedLiquidTemplates.Load(assembly, prefix);

    /// <summary>Renders template <paramref name="name"/> for <paramref name="to"/>.</summary>
    public async Task<EmailMessage> RenderAsync(string name, string to, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var context = new TemplateContext();
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        var html = await _templates[name + ".html"].RenderAsync(context, HtmlEncoder.Default);
        var text = await _templates[name + ".txt"].RenderAsync(context, NullEncoder.Default);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return new EmailMessage(to, text[..newline].Trim(), html, text[(newline + 1)..].TrimStart());
    }
}
