namespace WalkingDrum.Billing.Services.Stripe;

/// <summary>The Stripe account a shop's requests go to, with the secrets to use it.</summary>
/// <param name="SecretKey">The API key (a sandbox key when <paramref name="IsSandbox"/>).</param>
/// <param name="WebhookSecret">The signing secret of events sent to the shop, when one is known.</param>
/// <param name="IsSandbox">The embedded sandbox rather than Stripe.</param>
public sealed record StripeAccount(string SecretKey, string? WebhookSecret, bool IsSandbox)
{
    /// <summary>No real money moves: the sandbox, or Stripe with test keys.</summary>
    public bool IsTest => IsSandbox || SecretKey.StartsWith("sk_test_", StringComparison.Ordinal)
        || SecretKey.StartsWith("rk_test_", StringComparison.Ordinal);

    /// <summary>The sandbox account of a shop: one per shop, named by its id.</summary>
    public static string SandboxKeyOf(Guid tenantId) => $"sk_test_wd_{tenantId:N}";
}
