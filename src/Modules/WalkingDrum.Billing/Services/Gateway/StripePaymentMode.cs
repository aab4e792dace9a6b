using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>Test mode while the shop uses the sandbox or Stripe test keys.</summary>
internal sealed class StripePaymentMode(ShopStripe shop) : IPaymentMode
{
    public async ValueTask<bool> IsTestModeAsync(CancellationToken cancellationToken) =>
        (await shop.AccountAsync(cancellationToken)).IsTest;
}
