using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Money;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Theme.Services;

/// <summary>
/// Renders the storefront's Liquid templates. Templates are parsed once at startup; output is
/// HTML-encoded by default, so merchant text cannot inject markup, and templates can read only
/// the registered drop types. A shop's overrides run under limits and fall back to the theme's
/// templates when they fail (see <c>ThemeRenderer.Overrides.cs</c>).
/// </summary>
public sealed partial class ThemeRenderer
{
    private const string TemplatePrefix = "WalkingDrum.Theme.Templates.";

    // Whole pages the host renders without the layout or a shop's data (unknown shop, suspended
    // shop): a merchant cannot override them.
    private static readonly FrozenSet<string> Standalone = FrozenSet.Create(StringComparer.Ordinal, "not-found", "unavailable");

    private static readonly FluidParser Parser = new();

    // Encodes markup characters but leaves letters like é and € readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly FrozenDictionary<string, IFluidTemplate> _templates =
        EmbeddedLiquidTemplates.Load(typeof(ThemeRenderer).Assembly, TemplatePrefix);
    private readonly ConcurrentDictionary<string, IFluidTemplate> _snippets = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<TemplateOverrideSet, TemplateOptions> _overrideOptions = [];

    // {% render 'product-card', card: card %} reads the theme's own embedded templates.
    private readonly IFileProvider _themeFiles = new EmbeddedFileProvider(typeof(ThemeRenderer).Assembly, "WalkingDrum.Theme.Templates");
    private readonly TemplateOptions _options;
    private readonly HashSet<Type> _drops = [];
    private readonly ILogger _logger;

    public ThemeRenderer(IEnumerable<LiquidDropType> drops, ILogger<ThemeRenderer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(drops);
        _logger = logger ?? NullLogger<ThemeRenderer>.Instance;
        _options = new TemplateOptions
        {
            // Liquid convention: store.name, not store.Name.
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            FileProvider = _themeFiles,
        };
        _options.Filters.AddFilter("money", LiquidFilters.Money);
        foreach (var type in drops.Select(d => d.Type).Prepend(typeof(Amount)).Prepend(typeof(ProductCard)).Prepend(typeof(StoreDrop)))
        {
            _options.MemberAccessStrategy.Register(type);
            _drops.Add(type);
        }
    }

    /// <summary>Names of the theme's templates.</summary>
    public IReadOnlyCollection<string> TemplateNames => _templates.Keys;

    /// <summary>Names of the templates a shop may override (every template rendered with the shop's data), sorted.</summary>
    public IReadOnlyList<string> OverridableTemplateNames =>
        _templates.Keys.Where(n => !Standalone.Contains(n)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Whether a shop may override <paramref name="name"/>.</summary>
    public bool IsOverridable(string? name) => name is not null && _templates.ContainsKey(name) && !Standalone.Contains(name);

    /// <summary>The theme's own Liquid source of <paramref name="name"/>.</summary>
    public string ThemeSource(string name)
    {
        using var stream = typeof(ThemeRenderer).Assembly.GetManifestResourceStream(TemplatePrefix + name + ".liquid")
            ?? throw new ArgumentException($"The theme has no template '{name}'.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Renders <paramref name="template"/> inside the storefront layout, from the theme's templates only.</summary>
    public async Task<string> RenderPageAsync(
        string template, StorefrontModel model, IReadOnlyDictionary<string, object?>? values = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        cancellationToken.ThrowIfCancellationRequested();
        var context = CreateContext(_options, model, values);
        var content = await _templates[template].RenderAsync(context, Encoder);
        context.SetValue("content", new StringValue(content, encode: false));
        return await _templates["layout"].RenderAsync(context, Encoder);
    }

    /// <summary>Renders a complete page template that has no layout (error pages).</summary>
    public async Task<string> RenderStandaloneAsync(string template, StorefrontModel model, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = CreateContext(_options, model, values?.ToDictionary(v => v.Key, v => (object?)v.Value));
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

    private static TemplateContext CreateContext(TemplateOptions options, StorefrontModel model, IReadOnlyDictionary<string, object?>? values)
    {
        var context = new TemplateContext(options);
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
