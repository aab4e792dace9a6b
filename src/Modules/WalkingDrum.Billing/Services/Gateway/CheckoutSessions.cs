using Stripe.Checkout;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>Reads a completed Stripe Checkout Session as the shop's <see cref="CheckoutCompletion"/>.</summary>
internal static class CheckoutSessions
{
    /// <summary>
    /// The completion of <paramref name="session"/>, or <see langword="null"/> while it is not paid.
    /// A setup-mode session (nothing due, card saved) completes with no payment and a zero amount.
    /// The saved card is read from the expanded <c>payment_intent</c> or <c>setup_intent</c>; it is
    /// null when they are not expanded.
    /// </summary>
    public static CheckoutCompletion? ToCompletion(Session session, bool isTest)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (string.IsNullOrEmpty(session.Currency) || Payment(session) is not ({ } paymentId, var total))
        {
            return null;
        }

        var metadata = session.Metadata ?? new Dictionary<string, string>();
        var email = session.CustomerDetails?.Email ?? session.CustomerEmail ?? "";
        var card = session.PaymentIntent?.PaymentMethodId ?? session.SetupIntent?.PaymentMethodId;
        return new CheckoutCompletion(
            session.Id,
            session.ClientReferenceId ?? "",
            paymentId,
            new Amount(total, session.Currency),
            email,
            metadata.AsReadOnly(),
            isTest || !session.Livemode,
            session.CustomerId is { Length: > 0 } customer ? customer : null,
            card is { Length: > 0 } ? card : null);
    }

    /// <summary>Whether the session saved a card, which only its intent names (the event's copy does not expand it).</summary>
    public static bool SavedCard(Session session) =>
        session.Status == "complete" && (session.Mode == "setup" || session.CustomerId is { Length: > 0 });

    private static (string PaymentId, long Total)? Payment(Session session)
    {
        if (session.PaymentStatus == "paid" && session.PaymentIntentId is { Length: > 0 } paymentId && session.AmountTotal is { } total)
        {
            return (paymentId, total);
        }

        return session is { Mode: "setup", Status: "complete", PaymentStatus: "no_payment_required" } ? ("", 0) : null;
    }
}
