using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Services;

[Collection(AppCollection.Name)]
public sealed class TenantRegistryTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Lookups_that_miss_together_all_get_the_shop()
    {
        var shop = await app.CreateShopAsync();
        var lookup = app.Services.GetRequiredService<ITenantLookup>();
        lookup.Invalidate(shop.Tenant.Id, shop.Name);

        var found = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            lookup.FindByNameAsync(i % 2 == 0 ? shop.Name : shop.Name.ToUpperInvariant()).AsTask()));

        Assert.All(found, tenant => Assert.Equal(shop.Tenant.Id, tenant!.Id));
    }

    [Fact]
    public async Task A_cancelled_lookup_does_not_spoil_the_others()
    {
        var shop = await app.CreateShopAsync();
        var lookup = app.Services.GetRequiredService<ITenantLookup>();
        lookup.Invalidate(shop.Tenant.Id, shop.Name);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var first = lookup.FindByNameAsync(shop.Name, cancelled.Token).AsTask();
        var second = lookup.FindByNameAsync(shop.Name).AsTask();

        // The cancelled caller may still get an answer that was already there; it never breaks the others.
        var firstOutcome = await Record.ExceptionAsync(() => first);
        Assert.True(firstOutcome is null or OperationCanceledException, firstOutcome?.ToString());
        Assert.Equal(shop.Tenant.Id, (await second)!.Id);
        Assert.Equal(shop.Tenant.Id, (await lookup.FindByNameAsync(shop.Name))!.Id);
    }

    [Fact]
    public async Task An_unknown_name_is_not_found()
    {
        var lookup = app.Services.GetRequiredService<ITenantLookup>();
        Assert.Null(await lookup.FindByNameAsync("no-such-shop-" + Guid.NewGuid().ToString("N")[..8]));
    }
}
