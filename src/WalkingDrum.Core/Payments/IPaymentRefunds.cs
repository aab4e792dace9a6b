using WalkingDrum.Core.Money;

namespace WalkingDrum.Core.Payments;

/// <summary>A refund to send back through the processor.</summary>
/// <param name="PaymentId">The payment to refund (from <see cref="CheckoutCompletion.PaymentId"/>).</param>
/// <param name="Amount">How much to give back; never more than what is left of the payment.</param>
/// <param name="IdempotencyKey">Same key, same refund: a retried request never refunds twice.</param>
/// <param name="Reason">The merchant's note, kept with the refund.</param>
public sealed record PaymentRefundRequest(string PaymentId, Amount Amount, string IdempotencyKey, string? Reason);

/// <summary>A refund the processor accepted.</summary>
/// <param name="RefundId">The processor's id of the refund.</param>
/// <param name="Amount">What is given back.</param>
/// <param name="Status">The processor's status (<c>succeeded</c>, <c>pending</c>, …).</param>
public sealed record PaymentRefund(string RefundId, Amount Amount, string Status);

/// <summary>Refunds through the current shop's payment processor.</summary>
public interface IPaymentRefunds
{
    /// <summary>Refunds part or all of a payment.</summary>
    /// <exception cref="PaymentException">The processor refused (e.g. more than is left) or could not be reached.</exception>
    Task<PaymentRefund> RefundAsync(PaymentRefundRequest request, CancellationToken cancellationToken);
}
