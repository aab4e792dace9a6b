namespace WalkingDrum.Core.Tenancy;

/// <summary>
/// The cached, immutable view of a tenant that a request or a background job runs inside.
/// Kept deliberately small: an idle tenant costs only this record in the registry cache.
/// </summary>
/// <param name="Id">Primary key; leads the key of every tenant-owned row.</param>
/// <param name="Name">Subdomain-style name used in host names and in <c>/s/{name}/</c>.</param>
/// <param name="DisplayName">The store name shoppers see.</param>
/// <param name="State">Lifecycle state.</param>
/// <param name="Plan">Plan name; selects the feature profile.</param>
public sealed record TenantInfo(Guid Id, string Name, string DisplayName, TenantState State, string Plan)
{
    /// <summary>The platform itself: signup, platform admin and operators live here.</summary>
    public static TenantInfo Host { get; } = new(Guid.Empty, "", "Walking-Drum", TenantState.Active, "platform");

    /// <summary>True for the platform scope rather than a shop.</summary>
    public bool IsHost => Id == Guid.Empty;
}
