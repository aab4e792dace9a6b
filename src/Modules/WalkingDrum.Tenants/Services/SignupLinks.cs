using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Endpoints;

namespace WalkingDrum.Tenants.Services;

/// <summary>The addresses of a new shop, as seen from the platform address the signup came to.</summary>
public sealed class SignupLinks(SignInHandoff handoff, IOptions<TenancyOptions> tenancy)
{
    public SignupResponse For(HttpRequest platformRequest, ProvisioningResult.Created created)
    {
        ArgumentNullException.ThrowIfNull(created);
        var storefront = TenantUrls.Storefront(platformRequest, created.Tenant.Name, tenancy.Value.BaseDomain);
        var token = Uri.EscapeDataString(handoff.Issue(created.Tenant.Id, created.Owner));
        return new SignupResponse(created.Tenant.Name, storefront, storefront + "admin", $"{storefront}account/handoff?token={token}");
    }
}
