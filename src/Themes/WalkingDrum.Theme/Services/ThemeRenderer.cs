using System.Collections.Frozen;
using System.Text.Encodings.Web;
using Fluid;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// Renders the storefront's Liquid templates. Templates are parsed once at startup; output is
/// HTML-encoded by default, so merchant text cannot inject markup.
/// </summary>
public sealed class ThemeRenderer
{
    private readonly FrozenDictionary<string, IFluidTemplate> _templates =
        EmbeddedLiquidTemplates.Load(typeof(ThemeRenderer).Assembly, "WalkingDrum.Theme.Templates.");
    private readonly TemplateOptions _options = new()
    {
        // Liquid convention: store.name, not store.Name.
        MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
    };

    public ThemeRenderer()
    {
        _options.MemberAccessStrategy.Register<StoreDrop>();
    }

    /// <summary>Renders <paramref name="template"/> inside the storefront layout.</summary>
    public async Task<string> RenderPageAsync(string template, StorefrontModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = CreateContext(model);
        var content = await _templates[template].RenderAsync(context, HtmlEncoder.Default);
        context.SetValue("content", new Fluid.Values.StringValue(content, encode: false));
        return await _templates["layout"].RenderAsync(context, HtmlEncoder.Default);
    }

    /// <summary>Renders a complete page template that has no layout (error pages).</summary>
    public async Task<string> RenderStandaloneAsync(string template, StorefrontModel model, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = CreateContext(model);
        foreach (var (key, value) in values ?? FrozenDictionary<string, string>.Empty)
        {
            context.SetValue(key, value);
        }

        return await _templates[template].RenderAsync(context, HtmlEncoder.Default);
    }

    private TemplateContext CreateContext(StorefrontModel model)
    {
        var context = new TemplateContext(_options);
        context.SetValue("store", model.Store);
        context.SetValue("base_path", model.BasePath);
        context.SetValue("page_title", model.PageTitle ?? "");
        context.SetValue("year", model.Year);
        return context;
    }
}
