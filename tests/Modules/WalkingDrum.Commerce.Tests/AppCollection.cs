using WalkingDrum.Testing;
using Xunit;

// Each collection below gets a running app of its own, and xunit runs collections side by side.
// The tests spend much of their time waiting on disk flushes (SQLite commits, search index
// commits) and background work, so more collections run at once than there are cores. Within a
// collection tests run one at a time, so checks that count every row of a table stay exact.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]

namespace WalkingDrum.Commerce.Tests;

/// <summary>Orders, checkout and refunds on one running app; each test opens its own shops.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "app";
}

/// <summary>Products, collections, search and the storefront pages that show them.</summary>
[CollectionDefinition(Name)]
public sealed class CatalogCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "catalog";
}

/// <summary>Carts and coupons.</summary>
[CollectionDefinition(Name)]
public sealed class CartCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "cart";
}

/// <summary>Shipping and tax rates.</summary>
[CollectionDefinition(Name)]
public sealed class ShippingCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "shipping";
}

/// <summary>CSV catalog imports, the longest-running tests, beside everything else.</summary>
[CollectionDefinition(Name)]
public sealed class ImportCollection : ICollectionFixture<WalkingDrumApp>
{
    public const string Name = "import";
}
