using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Logging;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Theme.Services;

public sealed partial class ThemeRenderer
{
    /// <summary>
    /// Renders <paramref name="template"/> inside the layout with the shop's enabled overrides in
    /// place of the theme's templates. An override that fails is logged, reported to
    /// <paramref name="overrides"/> and left out for this request, so the page still renders.
    /// </summary>
    public async Task<string> RenderPageAsync(
        string template, StorefrontModel model, IReadOnlyDictionary<string, object?> values, ITemplateOverrides overrides, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var set = await overrides.GetAsync(cancellationToken);
        while (!set.IsEmpty)
        {
            try
            {
                return await RenderWithOverridesAsync(template, model, values, set, cancellationToken);
            }
            catch (TemplateOverrideException ex) when (set.Names.Contains(ex.TemplateName))
            {
                LogOverrideFailed(_logger, ex, ex.TemplateName, template);
                await overrides.ReportFailureAsync(ex.TemplateName, ex.Message, cancellationToken);
                set = set.Without(ex.TemplateName);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A theme template failed while overrides shared its render (an override spent the
                // step budget, or left a variable the theme did not expect): the theme alone.
                LogRenderWithOverridesFailed(_logger, ex, template);
                break;
            }
        }

        return await RenderPageAsync(template, model, values, cancellationToken);
    }

    /// <summary>
    /// Renders <paramref name="template"/> with <paramref name="overrides"/> and no fallback, for the
    /// admin's preview: a failing override throws <see cref="TemplateOverrideException"/>.
    /// </summary>
    public Task<string> RenderPreviewAsync(
        string template, StorefrontModel model, IReadOnlyDictionary<string, object?> values, TemplateOverrideSet overrides, CancellationToken cancellationToken) =>
        RenderWithOverridesAsync(template, model, values, overrides, cancellationToken);

    private async Task<string> RenderWithOverridesAsync(
        string template, StorefrontModel model, IReadOnlyDictionary<string, object?> values, TemplateOverrideSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(set);
        cancellationToken.ThrowIfCancellationRequested();
        var context = CreateContext(_overrideOptions.GetValue(set, CreateOverrideOptions), model, values);
        using var content = new LimitedWriter();
        await (set.TryGetTemplate(template, out var page) ? page : _templates[template]).RenderAsync(content, Encoder, context);
        context.SetValue("content", new StringValue(content.ToString(), encode: false));
        using var output = new LimitedWriter();
        await (set.TryGetTemplate("layout", out var layout) ? layout : _templates["layout"]).RenderAsync(output, Encoder, context);
        return output.ToString();
    }

    // One set of options per override set (so partials parsed from one shop's sources are cached
    // for that shop only); the member access strategy is the theme's, so overrides see exactly the
    // registered drops and nothing else.
    private TemplateOptions CreateOverrideOptions(TemplateOverrideSet set)
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = _options.MemberAccessStrategy,
            FileProvider = new OverrideFileProvider(set, _themeFiles),
            MaxSteps = OverrideLimits.MaxSteps,
            MaxRecursion = OverrideLimits.MaxRecursion,
            Assigned = OverrideLimits.CheckValue,
            Captured = OverrideLimits.CheckValue,
            // Partials read through {% render %}: a shop's own gets the same bounds and blame as its pages.
            TemplateParsed = (path, parsed) =>
            {
                var name = OverrideFileProvider.TemplateNameOf(path);
                return set.TryGetSource(name, out _) ? OverrideTemplate.Wrap(name, TemplateSyntax.Bound(parsed)) : parsed;
            },
        };
        options.Filters.AddFilter("money", LiquidFilters.Money);
        options.ValueConverters.Add(HideUnregistered);
        return options;
    }

    // Fluid writes an object it cannot read as its ToString(), which for a record lists every
    // property: an override sees an object that is not a registered drop as nothing at all.
    private object? HideUnregistered(object value) =>
        value is FluidValue or string or bool or char or decimal or double or float or int or long or short or byte
            or uint or ulong or ushort or sbyte or DateTime or DateTimeOffset or TimeSpan or Guid or Enum or System.Collections.IEnumerable
        || _drops.Contains(value.GetType())
            ? null
            : NilValue.Instance;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shop's override of {OverrideName} failed rendering {Template}; the theme's template is used instead")]
    private static partial void LogOverrideFailed(ILogger logger, Exception exception, string overrideName, string template);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rendering {Template} with the shop's overrides failed in a theme template; the theme alone is used")]
    private static partial void LogRenderWithOverridesFailed(ILogger logger, Exception exception, string template);
}
