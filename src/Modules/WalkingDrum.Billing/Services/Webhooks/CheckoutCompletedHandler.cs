using Stripe;
using Stripe.Checkout;
using WalkingDrum.Billing.Services.Gateway;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>
/// Hands a paid (or card-saving) Checkout Session to the modules that record it (the Commerce
/// module's orders). <c>checkout.session.async_payment_succeeded</c> covers payment methods that
/// settle later.
/// </summary>
internal sealed class CheckoutCompletedHandler(IHostedCheckout hosted, IEnumerable<ICheckoutCompletionHandler> handlers) : IStripeEventHandler
{
    public bool Handles(string eventType) =>
        eventType is EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded;

    public async Task HandleAsync(Event stripeEvent, bool isTest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stripeEvent);
        if (stripeEvent.Data.Object is not Session session || CheckoutSessions.ToCompletion(session, isTest) is not { } completion)
        {
            // Not paid yet (an asynchronous method): its async_payment_succeeded event follows.
            return;
        }

        // The event names the intent but not the card it saved: the processor's session has both.
        if (CheckoutSessions.SavedCard(session))
        {
            completion = await hosted.FindCompletionAsync(session.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Checkout {session.Id} completed, yet the processor reports it unpaid.");
        }

        foreach (var handler in handlers)
        {
            await handler.HandleAsync(completion, cancellationToken);
        }
    }
}
