using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>A navigation menu of the storefront (header or footer), its links in order as JSON.</summary>
public sealed class Menu : ITenantOwned
{
    /// <summary>The menu in the storefront's header.</summary>
    public const string Header = "header";

    /// <summary>The menu in the storefront's footer.</summary>
    public const string Footer = "footer";

    public Guid TenantId { get; set; }

    /// <summary><see cref="Header"/> or <see cref="Footer"/>.</summary>
    public required string Handle { get; set; }

    /// <summary>The links as a JSON array of <c>{ "label": …, "url": … }</c>.</summary>
    public string ItemsJson { get; set; } = "[]";

    public DateTimeOffset UpdatedAt { get; set; }
}
