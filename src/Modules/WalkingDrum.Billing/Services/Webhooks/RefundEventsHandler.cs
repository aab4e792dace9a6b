using Stripe;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>
/// Hands a payment's refunds to the modules that record them (the Commerce module's orders) when
/// Stripe reports a refund, wherever it was made: our admin, Stripe's dashboard or the API.
/// </summary>
/// <remarks>
/// Events are snapshots delivered in any order, and since API version 2022-11-15 a charge no longer
/// carries its refunds. So the event only names the payment; the refunds come from the processor as
/// they are now, which a late copy of an older event cannot turn back.
/// </remarks>
internal sealed class RefundEventsHandler(IPaymentRefunds refunds, IEnumerable<IRefundReportHandler> handlers) : IStripeEventHandler
{
    public bool Handles(string eventType) =>
        eventType is EventTypes.ChargeRefunded or EventTypes.ChargeRefundUpdated
            or EventTypes.RefundCreated or EventTypes.RefundUpdated or EventTypes.RefundFailed;

    public async Task HandleAsync(Event stripeEvent, bool isTest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stripeEvent);
        var paymentId = stripeEvent.Data.Object switch
        {
            Charge charge => charge.PaymentIntentId,
            Refund refund => refund.PaymentIntentId,
            _ => null,
        };
        if (paymentId is not { Length: > 0 })
        {
            // A charge made without a PaymentIntent is none of our payments.
            return;
        }

        var report = new RefundReport(paymentId, await refunds.ListAsync(paymentId, cancellationToken));
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(report, cancellationToken);
        }
    }
}
