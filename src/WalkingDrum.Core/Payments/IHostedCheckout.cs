namespace WalkingDrum.Core.Payments;

/// <summary>The current shop's payment processor: hosted checkout pages and their outcome.</summary>
public interface IHostedCheckout
{
    /// <summary>Opens a hosted payment page (or returns the one already opened for the same idempotency key).</summary>
    /// <exception cref="PaymentException">The processor refused or could not be reached.</exception>
    Task<HostedCheckoutSession> StartAsync(HostedCheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Asks the processor about a session directly, for a success page reached before the
    /// processor's event: the completion when paid, otherwise <see langword="null"/>.
    /// </summary>
    /// <exception cref="PaymentException">The processor could not be reached.</exception>
    Task<CheckoutCompletion?> FindCompletionAsync(string sessionId, CancellationToken cancellationToken);
}
