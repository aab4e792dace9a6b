using WalkingDrum.Testing;
using Xunit;

[assembly: CollectionBehavior(MaxParallelThreads = 4)]

namespace WalkingDrum.Subscriptions.Tests;

/// <summary>Subscription tests on one running app; each test opens its own shops.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "app";
}
