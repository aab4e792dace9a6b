using WalkingDrum.Billing.Tests.Fixtures;
using Xunit;

namespace WalkingDrum.Billing.Tests;

/// <summary>Tests that share one running app; each test opens its own shops.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<BillingApp>
{
    public const string Name = "billing-app";
}
