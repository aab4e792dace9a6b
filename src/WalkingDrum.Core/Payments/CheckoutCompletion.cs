using WalkingDrum.Core.Money;

namespace WalkingDrum.Core.Payments;

/// <summary>A hosted checkout the shopper paid for, as the processor reports it.</summary>
/// <param name="SessionId">The processor's id of the session.</param>
/// <param name="Reference">The shop's reference given when the session was opened.</param>
/// <param name="PaymentId">The processor's id of the payment, for refunds; empty when nothing was due (a card saved for a free trial).</param>
/// <param name="AmountPaid">What the shopper paid in total.</param>
/// <param name="CustomerEmail">The address the shopper paid with.</param>
/// <param name="Metadata">The pairs given when the session was opened.</param>
/// <param name="IsTest">Paid in test mode (the sandbox or test keys): no real money moved.</param>
/// <param name="CustomerId">The processor's customer, when the checkout saved the card for later (<see cref="HostedCheckoutRequest.SaveCardForLater"/>).</param>
/// <param name="PaymentMethodId">The saved card, for off-session payments; <see langword="null"/> when none was saved.</param>
public sealed record CheckoutCompletion(
    string SessionId,
    string Reference,
    string PaymentId,
    Amount AmountPaid,
    string CustomerEmail,
    IReadOnlyDictionary<string, string> Metadata,
    bool IsTest,
    string? CustomerId = null,
    string? PaymentMethodId = null);

/// <summary>
/// Turns a paid checkout into the shop's own record (the Commerce module creates the order).
/// Called once per processor event, possibly several times for one session, in any order, and
/// again after a crash: it must be idempotent, keyed by <see cref="CheckoutCompletion.SessionId"/>.
/// It runs inside the caller's transaction; throwing rolls everything back and the caller retries.
/// </summary>
public interface ICheckoutCompletionHandler
{
    /// <summary>Records the paid checkout unless it is already recorded.</summary>
    Task HandleAsync(CheckoutCompletion completion, CancellationToken cancellationToken);
}
