using System.Security.Cryptography;
using System.Text;

namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>
/// Deterministic idempotency keys: the same operation on the same things always gets the same
/// key, so a retry, a doubled click or a restart after a crash is recognized by Stripe and never
/// charges, refunds or creates twice.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>A key for <paramref name="operation"/> on <paramref name="parts"/> within one shop.</summary>
    public static string For(string operation, Guid tenantId, params string[] parts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        ArgumentNullException.ThrowIfNull(parts);
        var identity = string.Join('\n', parts.Prepend(tenantId.ToString("N")));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return $"wd-{operation}-{Convert.ToHexStringLower(hash)[..40]}";
    }
}
