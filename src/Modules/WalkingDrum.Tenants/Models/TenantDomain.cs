namespace WalkingDrum.Tenants.Models;

/// <summary>A custom host name (e.g. <c>shop.example.com</c>) that serves a tenant.</summary>
public sealed class TenantDomain
{
    /// <summary>Lower-case host name without port; unique across the platform.</summary>
    public required string Host { get; set; }

    public Guid TenantId { get; set; }
}
