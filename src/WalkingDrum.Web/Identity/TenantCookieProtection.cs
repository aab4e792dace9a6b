using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Identity;

/// <summary>
/// Gives every tenant its own cookie protection purpose: a valid cookie of one shop does not
/// even decrypt in another, whatever host or path it is presented at.
/// </summary>
internal sealed class TenantCookieProtection(IHttpContextAccessor accessor, IDataProtectionProvider dataProtection)
    : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == IdentityConstants.ApplicationScheme)
        {
            options.TicketDataFormat = new TenantTicketDataFormat(accessor, dataProtection, name);
        }
    }

    private sealed class TenantTicketDataFormat(IHttpContextAccessor accessor, IDataProtectionProvider dataProtection, string scheme)
        : ISecureDataFormat<AuthenticationTicket>
    {
        public string Protect(AuthenticationTicket data) => Current().Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => Current().Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Current().Unprotect(protectedText);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) => Current().Unprotect(protectedText, purpose);

        private TicketDataFormat Current()
        {
            var tenantId = accessor.HttpContext?.RequestServices.GetRequiredService<ITenantContext>().TenantId ?? Guid.Empty;
            return new TicketDataFormat(dataProtection.CreateProtector(
                "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", scheme, "v2", "tenant:" + tenantId));
        }
    }
}
