using Stripe.Checkout;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>Reads a paid Stripe Checkout Session as the shop's <see cref="CheckoutCompletion"/>.</summary>
internal static class CheckoutSessions
{
    /// <summary>The completion of <paramref name="session"/>, or <see langword="null"/> while it is not paid.</summary>
    public static CheckoutCompletion? ToCompletion(Session session, bool isTest)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.PaymentStatus != "paid" || session.PaymentIntentId is not { Length: > 0 } paymentId
            || session.AmountTotal is not { } total || string.IsNullOrEmpty(session.Currency))
        {
            return null;
        }

        var metadata = session.Metadata ?? new Dictionary<string, string>();
        var email = session.CustomerDetails?.Email ?? session.CustomerEmail ?? "";
        return new CheckoutCompletion(
            session.Id,
            session.ClientReferenceId ?? "",
            paymentId,
            new Amount(total, session.Currency),
            email,
            metadata.AsReadOnly(),
            isTest || !session.Livemode);
    }
}
