using Stripe;

namespace WalkingDrum.Billing.Services.Webhooks;

/// <summary>
/// Reacts to Stripe events of the shop the scope is bound to. The inbox calls a handler once per
/// event id — again only when an earlier attempt failed and was rolled back — inside one
/// transaction with the event's "processed" mark, so its database writes happen exactly once.
/// Events arrive in any order; a handler must not assume another event came first.
/// </summary>
public interface IStripeEventHandler
{
    /// <summary>
    /// Whether this handler wants events of <paramref name="eventType"/>. Decided by the type
    /// alone: it is also asked outside any shop, to mark events nobody wants as done in bulk.
    /// </summary>
    bool Handles(string eventType);

    /// <summary>Handles the event; throwing rolls back and schedules a retry.</summary>
    Task HandleAsync(Event stripeEvent, bool isTest, CancellationToken cancellationToken);
}
