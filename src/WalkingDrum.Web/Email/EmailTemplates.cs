using WalkingDrum.Core.Email;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Web.Email;

/// <summary>The host's own email templates (<c>Email/Templates/{name}.html.liquid</c> and <c>.txt.liquid</c>).</summary>
public sealed class EmailTemplates
{
    private readonly LiquidEmailTemplates _templates = new(typeof(EmailTemplates).Assembly, "WalkingDrum.Web.Email.Templates.");

    public Task<EmailMessage> RenderAsync(string name, string to, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return _templates.RenderAsync(name, to, values.ToDictionary(pair => pair.Key, pair => (object?)pair.Value));
    }
}
