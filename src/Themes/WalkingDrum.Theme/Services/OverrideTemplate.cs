using System.Text.Encodings.Web;
using Fluid;

namespace WalkingDrum.Theme.Services;

/// <summary>An override failed while rendering; names the override so the right one is blamed.</summary>
public sealed class TemplateOverrideException : Exception
{
    public TemplateOverrideException()
    {
        TemplateName = "";
    }

    public TemplateOverrideException(string message) : base(message)
    {
        TemplateName = "";
    }

    public TemplateOverrideException(string message, Exception innerException) : base(message, innerException)
    {
        TemplateName = "";
    }

    public TemplateOverrideException(string templateName, string message, Exception innerException) : base(message, innerException)
    {
        TemplateName = templateName;
    }

    /// <summary>The theme template whose override failed.</summary>
    public string TemplateName { get; }
}

/// <summary>
/// A merchant's template: any failure inside it (or inside a theme partial it renders) surfaces as
/// a <see cref="TemplateOverrideException"/> naming it. The innermost override is blamed, because an
/// override rendering a broken override partial is not itself at fault.
/// </summary>
internal sealed class OverrideTemplate(string name, IFluidTemplate inner) : IFluidTemplate
{
    public static IFluidTemplate Wrap(string name, IFluidTemplate template) => new OverrideTemplate(name, template);

    public static IFluidTemplate Unwrap(IFluidTemplate template) => template is OverrideTemplate wrapped ? wrapped._inner : template;

    private readonly IFluidTemplate _inner = inner;

    public async ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        try
        {
            await _inner.RenderAsync(writer, encoder, context);
        }
        catch (Exception ex) when (ex is not TemplateOverrideException and not OperationCanceledException)
        {
            throw new TemplateOverrideException(name, Describe(ex), ex);
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        // Fluid reports an exhausted step budget with its recursion message; say both.
        InvalidOperationException when ex.Message.Contains("maximum level of recursion", StringComparison.Ordinal) =>
            $"The template ran too long: it exceeded {OverrideLimits.MaxSteps:N0} steps or {OverrideLimits.MaxRecursion} nested renders (a runaway loop or a template that renders itself).",
        FileNotFoundException => $"It renders a template that does not exist: {ex.Message}",
        _ => ex.Message,
    };
}
