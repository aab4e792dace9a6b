namespace WalkingDrum.Theme.Services;

/// <summary>
/// A shop's own versions of theme templates. The Content module stores them; the renderer uses
/// them in place of the theme's and falls back to the theme's template when one fails.
/// </summary>
public interface ITemplateOverrides
{
    /// <summary>The current shop's enabled overrides, parsed (cached per shop; empty when it has none).</summary>
    ValueTask<TemplateOverrideSet> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Records that rendering the override of <paramref name="templateName"/> failed, so the
    /// merchant is warned; throttled by the implementation, and never throws.
    /// </summary>
    Task ReportFailureAsync(string templateName, string error, CancellationToken cancellationToken);
}
