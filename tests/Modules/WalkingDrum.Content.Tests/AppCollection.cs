using WalkingDrum.Testing;
using Xunit;

// Each collection below gets a running app of its own, and xunit runs collections side by side.
// The tests spend much of their time waiting on disk flushes (SQLite commits, search index
// commits) and background work, so more collections run at once than there are cores. Within a
// collection tests run one at a time, so checks that count every row of a table stay exact.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]

namespace WalkingDrum.Content.Tests;

/// <summary>Pages, menus, recipes and the storefront that renders them; each test opens its own shops.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "app";
}

/// <summary>Media uploads, the media library and the images part.</summary>
[CollectionDefinition(Name)]
public sealed class MediaCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "media";
}

/// <summary>Theme settings and template overrides.</summary>
[CollectionDefinition(Name)]
public sealed class ThemeCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "theme";
}
