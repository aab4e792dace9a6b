namespace WalkingDrum.Core.Payments;

/// <summary>The refunds of one payment as the processor holds them now, whoever made them.</summary>
/// <param name="PaymentId">The processor's id of the payment (as in <see cref="CheckoutCompletion.PaymentId"/>).</param>
/// <param name="Refunds">All of the payment's refunds, with their current status.</param>
public sealed record RefundReport(string PaymentId, IReadOnlyList<PaymentRefund> Refunds);

/// <summary>
/// Brings the shop's own record of a payment in line with the processor's refunds (the Commerce
/// module records them on the order). Called for every processor event about the payment's refunds,
/// any number of times and in any order, and again after a crash: it must record each refund once
/// (by <see cref="PaymentRefund.RefundId"/>) and ignore payments it does not know. It runs inside
/// the caller's transaction; throwing rolls everything back and the caller retries.
/// </summary>
public interface IRefundReportHandler
{
    /// <summary>Records the refunds not recorded yet and updates the status of the others.</summary>
    Task HandleAsync(RefundReport report, CancellationToken cancellationToken);
}
