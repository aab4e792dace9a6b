namespace WalkingDrum.Core.Payments;

/// <summary>
/// Charges a saved card while the customer is away (subscription renewals), and lets the customer
/// finish a charge their bank wants them to confirm (3-D Secure). Card problems are outcomes, not
/// exceptions: only trouble with the processor itself throws.
/// </summary>
public interface IOffSessionPayments
{
    /// <summary>
    /// Charges the customer's saved card. The same <see cref="OffSessionChargeRequest.IdempotencyKey"/>
    /// always answers with the same payment and never charges twice.
    /// </summary>
    /// <exception cref="PaymentException">The processor could not be reached or refused the request itself (not the card).</exception>
    Task<OffSessionCharge> ChargeAsync(OffSessionChargeRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Prepares a payment that needs the customer (<see cref="PaymentState.RequiresAction"/>) for them
    /// to confirm with their bank: the answer names the page to send them to, which returns them to
    /// <paramref name="returnUrl"/>. A payment that needs nothing more answers with its outcome and no page.
    /// </summary>
    /// <exception cref="PaymentException">The processor could not be reached, or it does not know the payment.</exception>
    Task<PaymentAuthentication> StartAuthenticationAsync(string paymentId, Uri returnUrl, CancellationToken cancellationToken);

    /// <summary>
    /// The payment as the processor holds it now (after a crash, or when the customer returns from
    /// authenticating); <see langword="null"/> when the processor does not know it.
    /// </summary>
    /// <exception cref="PaymentException">The processor could not be reached.</exception>
    Task<PaymentSnapshot?> FindAsync(string paymentId, CancellationToken cancellationToken);

    /// <summary>The saved card's brand, last digits and expiry; <see langword="null"/> when the processor does not know it.</summary>
    /// <exception cref="PaymentException">The processor could not be reached.</exception>
    Task<CardDescription?> DescribeCardAsync(string paymentMethodId, CancellationToken cancellationToken);
}
