using System.Collections.Frozen;
using System.Text.Encodings.Web;
using Fluid;
using WalkingDrum.Core.Email;

namespace WalkingDrum.Web.Email;

/// <summary>
/// Liquid email templates (<c>Email/Templates/{name}.html.liquid</c> and <c>.txt.liquid</c>);
/// the first line of the text template is the subject.
/// </summary>
public sealed class EmailTemplates
{
    private static readonly FluidParser Parser = new();
    private readonly FrozenDictionary<string, IFluidTemplate> _templates;

    public EmailTemplates()
    {
        var assembly = typeof(EmailTemplates).Assembly;
        const string prefix = "WalkingDrum.Web.Email.Templates.";
        _templates = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[prefix.Length..^".liquid".Length], n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return Parser.TryParse(reader.ReadToEnd(), out var template, out var error)
                    ? template
                    : throw new InvalidOperationException($"Email template {n} does not parse: {error}");
            }, StringComparer.Ordinal);
    }

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
