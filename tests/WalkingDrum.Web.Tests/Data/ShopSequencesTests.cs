using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Data;

/// <summary>A shop's counters hand out every number once, in order, with no gaps.</summary>
[Collection(AppCollection.Name)]
public sealed class ShopSequencesTests(WalkingDrumApp app)
{
    private const string Invoices = "invoice";

    [Fact]
    public async Task Concurrent_allocations_in_one_shop_are_distinct_and_consecutive()
    {
        var shop = await app.CreateShopAsync();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => AllocateAsync(shop, commit: true))));

        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), numbers.Order());
        Assert.Equal(21, await NextValueAsync(shop));
    }

    [Fact]
    public async Task A_rolled_back_allocation_gives_its_number_back()
    {
        var shop = await app.CreateShopAsync();

        var first = await AllocateAsync(shop, commit: true);
        var rolledBack = await AllocateAsync(shop, commit: false);
        var next = await AllocateAsync(shop, commit: true);

        Assert.Equal((1L, 2L, 2L), (first, rolledBack, next));
        Assert.Equal(3, await NextValueAsync(shop));
    }

    [Fact]
    public async Task Two_shops_count_independently()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();

        await AllocateAsync(a, commit: true);
        await AllocateAsync(a, commit: true);
        var bFirst = await AllocateAsync(b, commit: true);
        var aThird = await AllocateAsync(a, commit: true);

        Assert.Equal((1L, 3L), (bFirst, aThird));
        Assert.Equal((4L, 2L), (await NextValueAsync(a), await NextValueAsync(b)));
    }

    [Fact]
    public async Task An_allocation_outside_a_transaction_is_refused_and_writes_nothing()
    {
        var shop = await app.CreateShopAsync();

        var error = await Record.ExceptionAsync(() => app.InShopAsync(shop.Tenant, db =>
            new ShopSequences(db).NextAsync(Invoices, 1, CancellationToken.None)));

        Assert.IsType<InvalidOperationException>(error);
        Assert.Null(await NextValueAsync(shop));
    }

    // A caller's unit of work: its own scope and transaction, committed or rolled back.
    private Task<long> AllocateAsync(TestShop shop, bool commit) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await services.GetRequiredService<ShopSequences>().NextAsync(Invoices, 1, CancellationToken.None);
            if (commit)
            {
                await transaction.CommitAsync();
            }

            return number;
        });

    private Task<long?> NextValueAsync(TestShop shop) =>
        app.InShopAsync(shop.Tenant, db => db.Set<ShopSequence>().AsNoTracking()
            .Where(s => s.Name == Invoices).Select(s => (long?)s.NextValue).SingleOrDefaultAsync());
}
