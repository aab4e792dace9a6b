using WalkingDrum.Core.Payments;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>
/// Sets <c>test_mode</c> for the storefront layout, which then shows a banner: shoppers must
/// never mistake a sandbox or test-key shop for one that takes real money. Saving payment
/// settings evicts the shop's cached pages, so the banner follows at once on this node.
/// </summary>
internal sealed class TestModeBanner(IPaymentMode mode) : IStorefrontLayoutContributor
{
    public async Task ContributeAsync(IDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        values["test_mode"] = await mode.IsTestModeAsync(cancellationToken);
    }
}
