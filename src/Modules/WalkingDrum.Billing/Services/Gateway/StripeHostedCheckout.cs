using Stripe.Checkout;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>
/// Stripe Checkout (hosted payment page) for the current shop, on Stripe or the sandbox. A checkout
/// that saves the card makes the shopper a Stripe customer and keeps the card for off-session
/// payments; with nothing due it opens in setup mode, which only saves the card.
/// </summary>
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

        var options = request.SaveCardForLater && request.Lines.All(l => l.UnitPrice.MinorUnits == 0)
            ? SetupOptions(request)
            : PaymentOptions(request);
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
        // The saved card is named by the session's intent, not by the session itself.
        var session = await StripeFailures.TranslateAsync(() =>
            new SessionService(client).GetAsync(sessionId, new SessionGetOptions { Expand = ["payment_intent", "setup_intent"] },
                cancellationToken: cancellationToken));
        return CheckoutSessions.ToCompletion(session, account.IsTest);
    }

    private static SessionCreateOptions PaymentOptions(HostedCheckoutRequest request)
    {
        var options = Common(request, "payment");
        options.LineItems = [.. request.Lines.Select(line => new SessionLineItemOptions
        {
            Quantity = line.Quantity,
            PriceData = new SessionLineItemPriceDataOptions
            {
                Currency = line.UnitPrice.Currency.ToLowerInvariant(),
                UnitAmount = line.UnitPrice.MinorUnits,
                ProductData = new SessionLineItemPriceDataProductDataOptions { Name = line.Name },
            },
        })];
        options.PaymentIntentData = new SessionPaymentIntentDataOptions
        {
            Metadata = options.Metadata,
            SetupFutureUsage = request.SaveCardForLater ? "off_session" : null,
        };
        return options;
    }

    // Setup mode has no line items: the page shows the shop and asks for the card only.
    private static SessionCreateOptions SetupOptions(HostedCheckoutRequest request)
    {
        var options = Common(request, "setup");
        options.Currency = request.Lines[0].UnitPrice.Currency.ToLowerInvariant();
        options.SetupIntentData = new SessionSetupIntentDataOptions { Metadata = options.Metadata };
        return options;
    }

    private static SessionCreateOptions Common(HostedCheckoutRequest request, string mode) => new()
    {
        Mode = mode,
        ClientReferenceId = request.Reference,
        CustomerEmail = request.CustomerEmail,
        CustomerCreation = request.SaveCardForLater ? "always" : null,
        // OriginalString keeps {CHECKOUT_SESSION_ID} unescaped for Stripe to fill in.
        SuccessUrl = request.SuccessUrl.OriginalString,
        CancelUrl = request.CancelUrl.OriginalString,
        Metadata = new Dictionary<string, string>(request.Metadata) { ["wd_reference"] = request.Reference },
    };
}
