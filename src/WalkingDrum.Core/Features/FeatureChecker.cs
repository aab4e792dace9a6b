using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Core.Features;

/// <summary>Feature checks against the current tenant's plan; the host has every feature.</summary>
public sealed class FeatureChecker(ITenantContext tenantContext, PlanCatalog plans) : IFeatureChecker
{
    /// <inheritdoc />
    public bool IsEnabled(string featureId) =>
        tenantContext.Tenant.IsHost || plans.IsEnabled(tenantContext.Tenant.Plan, featureId);
}
