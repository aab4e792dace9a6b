using System.Net;
using Stripe;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>Refunds through the current shop's Stripe account (or the sandbox).</summary>
internal sealed class StripePaymentRefunds(ShopStripe shop) : IPaymentRefunds
{
    // Metadata keys on the Stripe refund: the caller's reference comes back when refunds are listed.
    private const string ReferenceKey = "reference";
    private const string ReasonKey = "reason";

    public async Task<PaymentRefund> RefundAsync(PaymentRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Amount.MinorUnits <= 0)
        {
            throw new ArgumentException("A refund must be more than zero.", nameof(request));
        }

        var metadata = new Dictionary<string, string> { [ReferenceKey] = request.Reference };
        if (request.Reason is { Length: > 0 } reason)
        {
            metadata[ReasonKey] = reason;
        }

        var options = new RefundCreateOptions { PaymentIntent = request.PaymentId, Amount = request.Amount.MinorUnits, Metadata = metadata };
        var client = await shop.ClientAsync(cancellationToken);
        var refund = await StripeFailures.TranslateAsync(() =>
            new RefundService(client).CreateAsync(options, ShopStripe.Idempotent(request.IdempotencyKey), cancellationToken));
        return ToPaymentRefund(refund);
    }

    public async Task<IReadOnlyList<PaymentRefund>> ListAsync(string paymentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentId);
        var client = await shop.ClientAsync(cancellationToken);
        var options = new RefundListOptions { PaymentIntent = paymentId, Limit = 100 };
        try
        {
            return await StripeFailures.TranslateAsync(async () =>
            {
                var refunds = new List<PaymentRefund>();
                await foreach (var refund in new RefundService(client).ListAutoPagingAsync(options, cancellationToken: cancellationToken))
                {
                    refunds.Add(ToPaymentRefund(refund));
                }

                return (IReadOnlyList<PaymentRefund>)refunds;
            });
        }
        catch (PaymentException ex) when (ex.InnerException is StripeException { HttpStatusCode: HttpStatusCode.NotFound })
        {
            // A payment of another account (or none at all) has no refunds here.
            return [];
        }
    }

    private static PaymentRefund ToPaymentRefund(Refund refund) => new(
        refund.Id,
        new Amount(refund.Amount, refund.Currency),
        refund.Status,
        refund.Metadata is { } metadata && metadata.TryGetValue(ReferenceKey, out var reference) && reference.Length > 0 ? reference : null);
}
