using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests;

/// <summary>Tests that share one running app; each test opens its own shops.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "app";
}
