using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Money;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// Renders the storefront's Liquid templates. Templates are parsed once at startup; output is
/// HTML-encoded by default, so merchant text cannot inject markup, and templates can read only
/// the registered drop types.
/// </summary>
public sealed class ThemeRenderer
{
    private static readonly FluidParser Parser = new();

    // Encodes markup characters but leaves letters like é and € readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly FrozenDictionary<string, IFluidTemplate> _templates =
        EmbeddedLiquidTemplates.Load(typeof(ThemeRenderer).Assembly, "WalkingDrum.Theme.Templates.");
    private readonly ConcurrentDictionary<string, IFluidTemplate> _snippets = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options = new()
    {
        // Liquid convention: store.name, not store.Name.
        MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        // {% render 'product-card', card: card %} reads the theme's own embedded templates.
        FileProvider = new EmbeddedFileProvider(typeof(ThemeRenderer).Assembly, "WalkingDrum.Theme.Templates"),
    };

    public ThemeRenderer(IEnumerable<LiquidDropType> drops)
    {
        ArgumentNullException.ThrowIfNull(drops);
        _options.MemberAccessStrategy.Register<StoreDrop>();
        _options.MemberAccessStrategy.Register<ProductCard>();
        _options.MemberAccessStrategy.Register<Amount>();
        _options.Filters.AddFilter("money", LiquidFilters.Money);
        foreach (var drop in drops)
        {
            _options.MemberAccessStrategy.Register(drop.Type);
        }
    }

    /// <summary>Names of the theme's templates.</summary>
    public IReadOnlyCollection<string> TemplateNames => _templates.Keys;

    /// <summary>Renders <paramref name="template"/> inside the storefront layout.</summary>
    public async Task<string> RenderPageAsync(
        string template, StorefrontModel model, IReadOnlyDictionary<string, object?>? values = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        cancellationToken.ThrowIfCancellationRequested();
        var context = CreateContext(model, values);
        var content = await _templates[template].RenderAsync(context, Encoder);
        context.SetValue("content", new StringValue(content, encode: false));
        return await _templates["layout"].RenderAsync(context, Encoder);
    }

    /// <summary>Renders a complete page template that has no layout (error pages).</summary>
    public async Task<string> RenderStandaloneAsync(string template, StorefrontModel model, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = CreateContext(model, values?.ToDictionary(v => v.Key, v => (object?)v.Value));
        return await _templates[template].RenderAsync(context, Encoder);
    }

    /// <summary>Renders a content part's snippet with its drop as <c>part</c>; parsed once per part.</summary>
    public async Task<string> RenderSnippetAsync(string name, string source, object? drop, string basePath, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var template = _snippets.GetOrAdd(name, _ => Parser.TryParse(source, out var parsed, out var error)
            ? parsed
            : throw new InvalidOperationException($"The storefront snippet of part '{name}' does not parse: {error}"));
        var context = new TemplateContext(_options);
        context.SetValue("part", drop);
        context.SetValue("base_path", basePath);
        return await template.RenderAsync(context, Encoder);
    }

    private TemplateContext CreateContext(StorefrontModel model, IReadOnlyDictionary<string, object?>? values)
    {
        var context = new TemplateContext(_options);
        context.SetValue("store", model.Store);
        context.SetValue("base_path", model.BasePath);
        context.SetValue("page_title", model.PageTitle ?? "");
        context.SetValue("page_description", string.IsNullOrWhiteSpace(model.Description) ? model.Store.Tagline : model.Description);
        context.SetValue("social_image", model.SocialImageUrl ?? "");
        context.SetValue("year", model.Year);
        foreach (var (key, value) in values ?? FrozenDictionary<string, object?>.Empty)
        {
            context.SetValue(key, value);
        }

        return context;
    }
}
