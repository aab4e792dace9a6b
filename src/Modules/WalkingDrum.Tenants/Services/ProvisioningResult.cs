using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Tenants.Services;

/// <summary>How a signup ended: a new shop, invalid input (per field), or a taken name.</summary>
public abstract record ProvisioningResult
{
    private ProvisioningResult() { }

    public sealed record Created(TenantInfo Tenant, ShopUser Owner) : ProvisioningResult;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : ProvisioningResult;

    public sealed record Taken(string Field, string Message) : ProvisioningResult;
}
