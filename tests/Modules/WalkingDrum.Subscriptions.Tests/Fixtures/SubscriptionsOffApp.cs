using WalkingDrum.Testing;

namespace WalkingDrum.Subscriptions.Tests.Fixtures;

/// <summary>The app with a plan, <c>one-time</c>, whose shops may not sell subscriptions.</summary>
public sealed class SubscriptionsOffApp() : WalkingDrumApp(new Dictionary<string, string?>
{
    ["Plans:Plans:one-time:DisplayName"] = "One-time sales",
    ["Plans:Plans:one-time:DisabledFeatures:0"] = SubscriptionsStartup.SubscriptionsFeature.Id,
})
{
    public const string Plan = "one-time";
}
