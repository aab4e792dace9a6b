namespace WalkingDrum.Core.Payments;

/// <summary>How the current shop takes payments, for banners and for marking test orders.</summary>
public interface IPaymentMode
{
    /// <summary>
    /// True while the shop pays into the embedded sandbox or with Stripe test keys: no real money
    /// moves, the storefront shows a test-mode banner and orders are marked as test orders.
    /// </summary>
    ValueTask<bool> IsTestModeAsync(CancellationToken cancellationToken);
}
