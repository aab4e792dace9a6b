using System.Net;
using Stripe;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>Off-session PaymentIntents on the current shop's Stripe account (or the sandbox).</summary>
internal sealed class StripeOffSessionPayments(ShopStripe shop) : IOffSessionPayments
{
    public async Task<OffSessionCharge> ChargeAsync(OffSessionChargeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CustomerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PaymentMethodId);
        if (request.Amount.MinorUnits <= 0)
        {
            throw new ArgumentException("An off-session charge must be more than zero.", nameof(request));
        }

        var options = new PaymentIntentCreateOptions
        {
            Amount = request.Amount.MinorUnits,
            Currency = request.Amount.Currency.ToLowerInvariant(),
            Customer = request.CustomerId,
            PaymentMethod = request.PaymentMethodId,
            // Nobody can follow a redirect off session.
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true, AllowRedirects = "never" },
            Confirm = true,
            OffSession = true,
            Description = request.Description,
            Metadata = new Dictionary<string, string>(request.Metadata),
        };
        var client = await shop.ClientAsync(cancellationToken);
        try
        {
            var intent = await StripeFailures.TranslateAsync(() =>
                new PaymentIntentService(client).CreateAsync(options, ShopStripe.Idempotent(request.IdempotencyKey), cancellationToken));
            var (outcome, code, message) = StateOf(intent);
            return new OffSessionCharge(intent.Id, outcome, code, message);
        }
        catch (PaymentException ex) when (CardErrorOf(ex) is { } card)
        {
            // A declined card answers 402 with the failed PaymentIntent inside; a replay of the key answers the same.
            var outcome = card.Code == "authentication_required" ? PaymentState.RequiresAction : PaymentState.Failed;
            var paymentId = card.PaymentIntent?.Id
                ?? throw new PaymentException("The payment service declined the card without naming the payment.", isTransient: false, ex);
            return new OffSessionCharge(paymentId, outcome, card.Code, card.Message);
        }
    }

    public async Task<PaymentAuthentication> StartAuthenticationAsync(string paymentId, Uri returnUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentId);
        ArgumentNullException.ThrowIfNull(returnUrl);
        var intent = await FindIntentAsync(paymentId, cancellationToken)
            ?? throw new PaymentException("The payment service does not know this payment.", isTransient: false);
        if (intent.Status is "requires_payment_method" or "requires_confirmation")
        {
            var options = new PaymentIntentConfirmOptions
            {
                PaymentMethod = intent.PaymentMethodId ?? intent.LastPaymentError?.PaymentMethod?.Id,
                ReturnUrl = returnUrl.ToString(),
                OffSession = false,
            };
            // The failure being retried is part of the key: a repeated request finds its confirmation,
            // while a new attempt after a failed authentication is not mistaken for the earlier one.
            var key = IdempotencyKeys.For("authenticate", shop.TenantId, paymentId, returnUrl.ToString(),
                intent.LastPaymentError?.Code ?? "", intent.LatestChargeId ?? "");
            var client = await shop.ClientAsync(cancellationToken);
            try
            {
                intent = await StripeFailures.TranslateAsync(() =>
                    new PaymentIntentService(client).ConfirmAsync(paymentId, options, ShopStripe.Idempotent(key), cancellationToken));
            }
            catch (PaymentException ex) when (CardErrorOf(ex) is { } card)
            {
                return new PaymentAuthentication(PaymentState.Failed, null, card.Message);
            }
        }

        var (outcome, _, message) = StateOf(intent);
        var page = outcome == PaymentState.RequiresAction && intent.NextAction?.RedirectToUrl?.Url is { Length: > 0 } url ? new Uri(url) : null;
        return new PaymentAuthentication(outcome, page, outcome == PaymentState.Succeeded ? null : message);
    }

    public async Task<PaymentSnapshot?> FindAsync(string paymentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentId);
        if (await FindIntentAsync(paymentId, cancellationToken) is not { } intent)
        {
            return null;
        }

        var (outcome, code, message) = StateOf(intent);
        return new PaymentSnapshot(intent.Id, outcome, AmountOf(intent), MetadataOf(intent), code, message);
    }

    public async Task<CardDescription?> DescribeCardAsync(string paymentMethodId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentMethodId);
        var client = await shop.ClientAsync(cancellationToken);
        try
        {
            var method = await StripeFailures.TranslateAsync(() =>
                new PaymentMethodService(client).GetAsync(paymentMethodId, cancellationToken: cancellationToken));
            return method.Card is { } card ? new CardDescription(card.Brand, card.Last4, (int)card.ExpMonth, (int)card.ExpYear) : null;
        }
        catch (PaymentException ex) when (ex.InnerException is StripeException { HttpStatusCode: HttpStatusCode.NotFound })
        {
            return null;
        }
    }

    /// <summary>The outcome a PaymentIntent's status stands for, with the last attempt's reason.</summary>
    internal static (PaymentState Outcome, string? Code, string? Message) StateOf(PaymentIntent intent)
    {
        var error = intent.LastPaymentError;
        var outcome = intent.Status switch
        {
            "succeeded" => PaymentState.Succeeded,
            "requires_action" => PaymentState.RequiresAction,
            "requires_payment_method" when error?.Code == "authentication_required" => PaymentState.RequiresAction,
            "requires_payment_method" or "canceled" when error is not null => PaymentState.Failed,
            "canceled" => PaymentState.Failed,
            _ => PaymentState.Pending,
        };
        return outcome == PaymentState.Succeeded ? (outcome, null, null) : (outcome, error?.Code, error?.Message);
    }

    internal static Amount AmountOf(PaymentIntent intent) => new(intent.Amount, intent.Currency.ToUpperInvariant());

    internal static IReadOnlyDictionary<string, string> MetadataOf(PaymentIntent intent) =>
        intent.Metadata is { } metadata ? new Dictionary<string, string>(metadata) : new Dictionary<string, string>();

    private async Task<PaymentIntent?> FindIntentAsync(string paymentId, CancellationToken cancellationToken)
    {
        var client = await shop.ClientAsync(cancellationToken);
        try
        {
            return await StripeFailures.TranslateAsync(() =>
                new PaymentIntentService(client).GetAsync(paymentId, cancellationToken: cancellationToken));
        }
        catch (PaymentException ex) when (ex.InnerException is StripeException { HttpStatusCode: HttpStatusCode.NotFound })
        {
            return null;
        }
    }

    private static StripeError? CardErrorOf(PaymentException ex) =>
        ex.InnerException is StripeException { StripeError: { Type: "card_error" } error } ? error : null;
}
