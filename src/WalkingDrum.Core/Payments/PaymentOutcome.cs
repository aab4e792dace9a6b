using WalkingDrum.Core.Money;

namespace WalkingDrum.Core.Payments;

/// <summary>The processor's report that a payment attempt succeeded or failed.</summary>
/// <param name="PaymentId">The processor's id of the payment (as in <see cref="OffSessionCharge.PaymentId"/>).</param>
/// <param name="Succeeded">True when the money was taken; false when the attempt was declined.</param>
/// <param name="Amount">What the payment is for.</param>
/// <param name="Metadata">The pairs the payment was made with (<see cref="OffSessionChargeRequest.Metadata"/>).</param>
/// <param name="FailureCode">The processor's reason code of a failed attempt.</param>
/// <param name="FailureMessage">Why the attempt failed, in words, for the merchant and the customer.</param>
/// <param name="IsTest">Made in test mode (the sandbox or test keys): no real money moved.</param>
public sealed record PaymentOutcome(
    string PaymentId,
    bool Succeeded,
    Amount Amount,
    IReadOnlyDictionary<string, string> Metadata,
    string? FailureCode,
    string? FailureMessage,
    bool IsTest);

/// <summary>
/// Learns how payments ended when the processor reports it later: a renewal the customer
/// confirmed with their bank after the off-session charge asked for authentication, or a payment
/// that was still pending. Every handler is told of every outcome; it must ignore payments it does
/// not know. Each report comes once per processor event, in any order: a payment may report a
/// failed attempt after its success (a late copy of an earlier attempt), so a failure must never
/// undo a payment recorded as succeeded. It runs inside the caller's transaction; throwing rolls
/// everything back and the caller retries.
/// </summary>
public interface IPaymentOutcomeHandler
{
    /// <summary>Records the outcome if the payment is one of the handler's.</summary>
    Task HandleAsync(PaymentOutcome outcome, CancellationToken cancellationToken);
}
