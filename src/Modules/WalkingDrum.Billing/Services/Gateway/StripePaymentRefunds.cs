using Stripe;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>Refunds through the current shop's Stripe account (or the sandbox).</summary>
internal sealed class StripePaymentRefunds(ShopStripe shop) : IPaymentRefunds
{
    public async Task<PaymentRefund> RefundAsync(PaymentRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Amount.MinorUnits <= 0)
        {
            throw new ArgumentException("A refund must be more than zero.", nameof(request));
        }

        var options = new RefundCreateOptions
        {
            PaymentIntent = request.PaymentId,
            Amount = request.Amount.MinorUnits,
            Metadata = request.Reason is { Length: > 0 } reason ? new Dictionary<string, string> { ["reason"] = reason } : null,
        };
        var client = await shop.ClientAsync(cancellationToken);
        var refund = await StripeFailures.TranslateAsync(() =>
            new RefundService(client).CreateAsync(options, ShopStripe.Idempotent(request.IdempotencyKey), cancellationToken));
        return new PaymentRefund(refund.Id, new Amount(refund.Amount, refund.Currency), refund.Status);
    }
}
