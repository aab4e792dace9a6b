using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Identity;

/// <summary>
/// Stamps every sign-in with the tenant it belongs to, so a principal is refused anywhere else
/// even if its cookie were readable there (the second lock behind per-tenant cookie protection).
/// </summary>
internal sealed class TenantClaimsPrincipalFactory(
    UserManager<ShopUser> users, RoleManager<ShopRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ShopUser, ShopRole>(users, roles, options)
{
    public const string TenantClaim = "walkingdrum:tenant";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ShopUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantClaim, user.TenantId.ToString()));
        return identity;
    }

    /// <summary>Rejects a principal of another tenant, then runs Identity's security-stamp check.</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var current = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().TenantId.ToString();
        if (context.Principal?.FindFirstValue(TenantClaim) != current)
        {
            context.RejectPrincipal();
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
