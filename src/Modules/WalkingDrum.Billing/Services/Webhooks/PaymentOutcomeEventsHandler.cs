using Stripe;
using WalkingDrum.Billing.Services.Gateway;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>
/// Tells the modules that charge saved cards (subscription renewals) how a payment ended when Stripe
/// reports it: a charge the customer confirmed with their bank later, or one that was still pending.
/// </summary>
/// <remarks>
/// Each event reports the attempt it was sent for, so a payment's failure and later success arrive
/// as two reports; the handlers' contract says a failure never undoes a success.
/// </remarks>
internal sealed class PaymentOutcomeEventsHandler(IEnumerable<IPaymentOutcomeHandler> handlers) : IStripeEventHandler
{
    public bool Handles(string eventType) =>
        eventType is EventTypes.PaymentIntentSucceeded or EventTypes.PaymentIntentPaymentFailed;

    public async Task HandleAsync(Event stripeEvent, bool isTest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stripeEvent);
        if (stripeEvent.Data.Object is not PaymentIntent intent)
        {
            return;
        }

        var succeeded = stripeEvent.Type == EventTypes.PaymentIntentSucceeded;
        var error = succeeded ? null : intent.LastPaymentError;
        var outcome = new PaymentOutcome(
            intent.Id,
            succeeded,
            StripeOffSessionPayments.AmountOf(intent),
            StripeOffSessionPayments.MetadataOf(intent),
            error?.Code,
            error?.Message,
            isTest);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(outcome, cancellationToken);
        }
    }
}
