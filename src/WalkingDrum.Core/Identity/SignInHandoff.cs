using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace WalkingDrum.Core.Identity;

/// <summary>
/// Carries a fresh signup from the platform's host to the new shop's host, where a cookie of
/// the platform cannot go: a short-lived token, protected for that tenant only and usable once
/// (redeeming it rotates the user's security stamp).
/// </summary>
public sealed class SignInHandoff(IDataProtectionProvider dataProtection, UserManager<ShopUser> users)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>Issues a token for <paramref name="user"/> of <paramref name="tenantId"/>.</summary>
    public string Issue(Guid tenantId, ShopUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Protector(tenantId).Protect($"{user.Id}|{user.SecurityStamp}", Lifetime);
    }

    /// <summary>
    /// Redeems a token in the current tenant's scope; null when it is forged, expired, for another
    /// tenant or already used.
    /// </summary>
    public async Task<ShopUser?> RedeemAsync(Guid tenantId, string token)
    {
        string payload;
        try
        {
            payload = Protector(tenantId).Unprotect(token, out _);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        var user = parts.Length == 2 ? await users.FindByIdAsync(parts[0]) : null;
        if (user is null || user.TenantId != tenantId || !string.Equals(user.SecurityStamp, parts[1], StringComparison.Ordinal))
        {
            return null;
        }

        await users.UpdateSecurityStampAsync(user);
        return user;
    }

    private ITimeLimitedDataProtector Protector(Guid tenantId) =>
        dataProtection.CreateProtector("WalkingDrum.SignInHandoff", tenantId.ToString()).ToTimeLimitedDataProtector();
}
