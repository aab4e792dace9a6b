using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>A shop's own Liquid source for one theme template, used in place of the theme's.</summary>
public sealed class TemplateOverride : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>The theme template it replaces (<c>product</c>, <c>layout</c>, …).</summary>
    public required string TemplateName { get; set; }

    public required string Source { get; set; }

    /// <summary>Whether the override is in use; a disabled override keeps its source for later.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>The last error met rendering it on the storefront, shown to the merchant; cleared on save.</summary>
    public string? LastRenderError { get; set; }

    public DateTimeOffset? LastRenderErrorAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
