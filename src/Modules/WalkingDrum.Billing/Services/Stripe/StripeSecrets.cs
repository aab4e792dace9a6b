using Microsoft.AspNetCore.DataProtection;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>
/// Encrypts a shop's Stripe keys and webhook secrets for storage. The purpose includes the shop,
/// so a protected value copied into another shop's row does not decrypt there.
/// </summary>
public sealed class StripeSecrets(IDataProtectionProvider protection)
{
    private const string Purpose = "WalkingDrum.Billing.StripeSecrets.v1";

    public string Protect(Guid tenantId, string secret) => For(tenantId).Protect(secret);

    public string Unprotect(Guid tenantId, string protectedSecret) => For(tenantId).Unprotect(protectedSecret);

    /// <summary>What the merchant sees instead of a key: <c>sk_live_…4242</c>.</summary>
    public static string Hint(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = key.Length > 8 ? key[..8] : "";
        return key.Length >= 12 ? $"{prefix}…{key[^4..]}" : "…";
    }

    private IDataProtector For(Guid tenantId) => protection.CreateProtector(Purpose, tenantId.ToString("N"));
}
