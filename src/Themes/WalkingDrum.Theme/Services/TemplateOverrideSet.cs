using System.Collections.Concurrent;
using System.Collections.Frozen;
using Fluid;

namespace WalkingDrum.Theme.Services;

/// <summary>The Liquid source of one override.</summary>
/// <param name="TemplateName">The theme template it replaces.</param>
/// <param name="Source">Its Liquid source.</param>
public sealed record TemplateSource(string TemplateName, string Source);

/// <summary>
/// One shop's overrides, parsed once with the limits merchant templates run under. Immutable:
/// saving an override builds a new set, so a set can be cached and shared by concurrent requests.
/// </summary>
public sealed class TemplateOverrideSet
{
    private readonly FrozenDictionary<string, IFluidTemplate> _templates;
    private readonly FrozenDictionary<string, string> _sources;
    private readonly ConcurrentDictionary<string, TemplateOverrideSet> _without = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="overrides"/>; one that does not parse is left out and listed in <see cref="Rejected"/>.</summary>
    /// <param name="overrides">The enabled overrides.</param>
    /// <param name="version">When the newest of them was saved; tells cached partials apart.</param>
    public TemplateOverrideSet(IEnumerable<TemplateSource> overrides, DateTimeOffset version)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, source) in overrides)
        {
            if (TemplateSyntax.TryParse(source, out var template, out var error))
            {
                templates[name] = OverrideTemplate.Wrap(name, template);
                sources[name] = source;
            }
            else
            {
                rejected[name] = error.ToString();
            }
        }

        _templates = templates.ToFrozenDictionary(StringComparer.Ordinal);
        _sources = sources.ToFrozenDictionary(StringComparer.Ordinal);
        Rejected = rejected.ToFrozenDictionary(StringComparer.Ordinal);
        Version = version;
    }

    /// <summary>A shop without overrides.</summary>
    public static TemplateOverrideSet Empty { get; } = new([], DateTimeOffset.UnixEpoch);

    /// <summary>Names of the templates overridden.</summary>
    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>Whether the set overrides nothing.</summary>
    public bool IsEmpty => _templates.Count == 0;

    /// <summary>Overrides whose stored source no longer parses, with the parser's message.</summary>
    public IReadOnlyDictionary<string, string> Rejected { get; }

    /// <summary>When the newest override was saved.</summary>
    public DateTimeOffset Version { get; }

    /// <summary>A copy in which <paramref name="templateName"/> is <paramref name="source"/> (for previews).</summary>
    public TemplateOverrideSet With(string templateName, string source) =>
        new(_sources.Where(s => s.Key != templateName).Select(s => new TemplateSource(s.Key, s.Value))
            .Append(new TemplateSource(templateName, source)), Version);

    /// <summary>
    /// A copy without <paramref name="templateName"/>, so the theme's template is used again; kept,
    /// because a broken override is left out of every request until the merchant fixes it.
    /// </summary>
    public TemplateOverrideSet Without(string templateName) =>
        _without.GetOrAdd(templateName, name =>
            new(_sources.Where(s => s.Key != name).Select(s => new TemplateSource(s.Key, s.Value)), Version));

    internal bool TryGetTemplate(string name, out IFluidTemplate template) =>
        _templates.TryGetValue(name, out template!);

    internal bool TryGetSource(string name, out string source) =>
        _sources.TryGetValue(name, out source!);
}
