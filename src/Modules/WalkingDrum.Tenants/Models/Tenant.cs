using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Tenants.Models;

/// <summary>A row of the host registry: one shop. Platform data, so not tenant-filtered.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }

    /// <summary>Lower-case subdomain name; unique forever, even after deletion.</summary>
    public required string Name { get; set; }

    public required string DisplayName { get; set; }

    public TenantState State { get; set; }

    public required string Plan { get; set; }

    public required string OwnerEmail { get; set; }

    public required string Recipe { get; set; }

    /// <summary>Store settings as JSON (<see cref="TenantSettings"/>).</summary>
    public string Settings { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SuspendedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public List<TenantDomain> Domains { get; } = [];

    public TenantInfo ToInfo() => new(Id, Name, DisplayName, State, Plan);
}
