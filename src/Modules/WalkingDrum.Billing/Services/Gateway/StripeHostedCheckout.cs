using Stripe.Checkout;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>Stripe Checkout (hosted payment page) for the current shop, on Stripe or the sandbox.</summary>
internal sealed class StripeHostedCheckout(ShopStripe shop, SandboxWebhooks sandboxWebhooks) : IHostedCheckout
{
    public async Task<HostedCheckoutSession> StartAsync(HostedCheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Lines.Count == 0)
        {
            throw new ArgumentException("A checkout needs at least one line.", nameof(request));
        }

        var account = await shop.AccountAsync(cancellationToken);
        if (account.IsSandbox)
        {
            await sandboxWebhooks.EnsureRegisteredAsync(cancellationToken);
        }

        var metadata = new Dictionary<string, string>(request.Metadata) { ["wd_reference"] = request.Reference };
        var options = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.Reference,
            CustomerEmail = request.CustomerEmail,
            // OriginalString keeps {CHECKOUT_SESSION_ID} unescaped for Stripe to fill in.
            SuccessUrl = request.SuccessUrl.OriginalString,
            CancelUrl = request.CancelUrl.OriginalString,
            LineItems = [.. request.Lines.Select(line => new SessionLineItemOptions
            {
                Quantity = line.Quantity,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = line.UnitPrice.Currency.ToLowerInvariant(),
                    UnitAmount = line.UnitPrice.MinorUnits,
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = line.Name },
                },
            })],
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata },
        };
        var client = await shop.ClientAsync(cancellationToken);
        var session = await StripeFailures.TranslateAsync(() =>
            new SessionService(client).CreateAsync(options, ShopStripe.Idempotent(request.IdempotencyKey), cancellationToken));
        return new HostedCheckoutSession(session.Id, new Uri(session.Url));
    }

    public async Task<CheckoutCompletion?> FindCompletionAsync(string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var account = await shop.AccountAsync(cancellationToken);
        var client = await shop.ClientAsync(cancellationToken);
        var session = await StripeFailures.TranslateAsync(() =>
            new SessionService(client).GetAsync(sessionId, cancellationToken: cancellationToken));
        return CheckoutSessions.ToCompletion(session, account.IsTest);
    }
}
