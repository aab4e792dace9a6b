using WalkingDrum.Core.Money;

namespace WalkingDrum.Core.Payments;

/// <summary>A refund to send back through the processor.</summary>
/// <param name="PaymentId">The payment to refund (from <see cref="CheckoutCompletion.PaymentId"/>).</param>
/// <param name="Amount">How much to give back; never more than what is left of the payment.</param>
/// <param name="IdempotencyKey">Same key, same refund: a retried request never refunds twice.</param>
/// <param name="Reference">The caller's own id for the refund, kept with it and reported back in <see cref="PaymentRefund.Reference"/>.</param>
/// <param name="Reason">The merchant's note, kept with the refund.</param>
public sealed record PaymentRefundRequest(string PaymentId, Amount Amount, string IdempotencyKey, string Reference, string? Reason);

/// <summary>A refund the processor holds for a payment.</summary>
/// <param name="RefundId">The processor's id of the refund.</param>
/// <param name="Amount">What is given back.</param>
/// <param name="Status">The processor's status (<c>pending</c>, <c>succeeded</c>, <c>failed</c>, <c>canceled</c>, …).</param>
/// <param name="Reference">The <see cref="PaymentRefundRequest.Reference"/> it was made with; <see langword="null"/> when it was made elsewhere (the processor's dashboard).</param>
public sealed record PaymentRefund(string RefundId, Amount Amount, string Status, string? Reference = null)
{
    /// <summary>Whether the money is (or is on its way) back with the customer; failed and canceled refunds gave nothing back.</summary>
    public bool Counts => Counting(Status);

    /// <summary>Whether a refund in <paramref name="status"/> counts towards what was given back.</summary>
    public static bool Counting(string status) => status is not ("failed" or "canceled");
}

/// <summary>Refunds through the current shop's payment processor.</summary>
public interface IPaymentRefunds
{
    /// <summary>Refunds part or all of a payment.</summary>
    /// <exception cref="PaymentException">The processor refused (e.g. more than is left) or could not be reached.</exception>
    Task<PaymentRefund> RefundAsync(PaymentRefundRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Every refund the processor holds for a payment, however it was made (here, in the processor's
    /// dashboard, or a refund whose record was lost in a crash); empty for a payment it does not know.
    /// </summary>
    /// <exception cref="PaymentException">The processor could not be reached or refused the request.</exception>
    Task<IReadOnlyList<PaymentRefund>> ListAsync(string paymentId, CancellationToken cancellationToken);
}
