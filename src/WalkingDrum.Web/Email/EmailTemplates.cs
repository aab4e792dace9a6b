using System.Collections.Frozen;
using System.Text.Encodings.Web;
using Fluid;
using WalkingDrum.Core.Email;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Web.Email;

/// <summary>
/// Liquid email templates (<c>Email/Templates/{name}.html.liquid</c> and <c>.txt.liquid</c>);
/// the first line of the text template is the subject.
/// </summary>
public sealed class EmailTemplates
{
    private readonly FrozenDictionary<string, IFluidTemplate> _templates =
        EmbeddedLiquidTemplates.Load(typeof(EmailTemplates).Assembly, "WalkingDrum.Web.Email.Templates.");

    public async Task<EmailMessage> RenderAsync(string name, string to, IReadOnlyDictionary<string, string> values)
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
