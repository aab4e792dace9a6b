using WalkingDrum.Core.Money;

namespace WalkingDrum.Core.Payments;

/// <summary>A charge of a saved card while the customer is away.</summary>
/// <param name="CustomerId">The processor's customer (from <see cref="CheckoutCompletion.CustomerId"/>).</param>
/// <param name="PaymentMethodId">The customer's saved card (from <see cref="CheckoutCompletion.PaymentMethodId"/>).</param>
/// <param name="Amount">What to charge; more than zero.</param>
/// <param name="IdempotencyKey">Derived from what is paid for (an invoice and its attempt), so a retry after a crash finds the same payment.</param>
/// <param name="Description">What the charge is for, as the customer's statement and the processor's dashboard show it.</param>
/// <param name="Metadata">Small key-value pairs kept with the payment and reported back in <see cref="PaymentOutcome.Metadata"/>.</param>
public sealed record OffSessionChargeRequest(
    string CustomerId,
    string PaymentMethodId,
    Amount Amount,
    string IdempotencyKey,
    string Description,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>Where a payment stands: how its last attempt ended, as far as the processor knows yet.</summary>
public enum PaymentState
{
    /// <summary>The money was taken.</summary>
    Succeeded,

    /// <summary>The card's bank wants the customer to confirm (3-D Secure): see <see cref="IOffSessionPayments.StartAuthenticationAsync"/>.</summary>
    RequiresAction,

    /// <summary>The card was declined; nothing was taken.</summary>
    Failed,

    /// <summary>The processor is still working on it; the outcome arrives later as a <see cref="PaymentOutcome"/>.</summary>
    Pending,
}

/// <summary>The processor's answer to an off-session charge.</summary>
/// <param name="PaymentId">The processor's id of the payment; the same for the same idempotency key.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="FailureCode">The processor's reason code (<c>card_declined</c>, <c>authentication_required</c>, …) unless it succeeded.</param>
/// <param name="FailureMessage">The reason in words, fit for the merchant and the customer, unless it succeeded.</param>
public sealed record OffSessionCharge(string PaymentId, PaymentState Outcome, string? FailureCode = null, string? FailureMessage = null);

/// <summary>Where a payment stands after <see cref="IOffSessionPayments.StartAuthenticationAsync"/>.</summary>
/// <param name="Outcome"><see cref="PaymentState.RequiresAction"/> while the customer still has to confirm.</param>
/// <param name="AuthenticationUrl">The page where the customer confirms the payment with their bank; <see langword="null"/> unless it requires action.</param>
/// <param name="FailureMessage">Why the payment cannot go ahead, when it failed.</param>
public sealed record PaymentAuthentication(PaymentState Outcome, Uri? AuthenticationUrl, string? FailureMessage = null);

/// <summary>A payment as the processor holds it now.</summary>
/// <param name="PaymentId">The processor's id of the payment.</param>
/// <param name="Outcome">Its state: failed means the last attempt was declined and nothing was taken.</param>
/// <param name="Amount">What the payment is for.</param>
/// <param name="Metadata">The pairs it was made with.</param>
/// <param name="FailureCode">The last attempt's reason code, when it failed or needs action.</param>
/// <param name="FailureMessage">The last attempt's reason in words, when it failed or needs action.</param>
public sealed record PaymentSnapshot(
    string PaymentId,
    PaymentState Outcome,
    Amount Amount,
    IReadOnlyDictionary<string, string> Metadata,
    string? FailureCode = null,
    string? FailureMessage = null);

/// <summary>A saved card as the customer recognizes it, for reminders before it expires.</summary>
/// <param name="Brand">The card network (<c>visa</c>, <c>mastercard</c>, …).</param>
/// <param name="Last4">The last four digits.</param>
/// <param name="ExpiryMonth">1 to 12.</param>
/// <param name="ExpiryYear">Four digits.</param>
public sealed record CardDescription(string Brand, string Last4, int ExpiryMonth, int ExpiryYear);
