using WalkingDrum.Core.Data;

namespace WalkingDrum.Content.Models;

/// <summary>A permanent redirect from a storefront path that moved.</summary>
public sealed class StorefrontRedirect : ITenantOwned
{
    public Guid TenantId { get; set; }

    /// <summary>The old path relative to the tenant, e.g. <c>/pages/about-us</c>.</summary>
    public required string FromPath { get; set; }

    /// <summary>Where it lives now.</summary>
    public required string ToPath { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
