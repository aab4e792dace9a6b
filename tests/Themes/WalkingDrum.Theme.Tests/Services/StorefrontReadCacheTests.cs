using Microsoft.Extensions.Configuration;
using WalkingDrum.Theme.Services;
using Xunit;

namespace WalkingDrum.Theme.Tests.Services;

public sealed class StorefrontReadCacheTests
{
    private static readonly Guid ShopA = Guid.NewGuid();
    private static readonly Guid ShopB = Guid.NewGuid();

    [Fact]
    public async Task A_value_is_loaded_once_until_its_shop_publishes()
    {
        using var cache = Create(enabled: true);
        var loads = 0;
        Task<string?> Load(CancellationToken _) => Task.FromResult<string?>("v" + ++loads);

        Assert.Equal("v1", await cache.GetOrLoadAsync(ShopA, "product:a", Load, CancellationToken.None));
        Assert.Equal("v1", await cache.GetOrLoadAsync(ShopA, "product:a", Load, CancellationToken.None));
        cache.Invalidate(ShopA);
        Assert.Equal("v2", await cache.GetOrLoadAsync(ShopA, "product:a", Load, CancellationToken.None));
    }

    [Fact]
    public async Task Shops_never_see_each_others_values_and_one_publishing_keeps_the_others()
    {
        using var cache = Create(enabled: true);
        await cache.GetOrLoadAsync(ShopA, "menus", _ => Task.FromResult<string?>("menus of A"), CancellationToken.None);
        await cache.GetOrLoadAsync(ShopB, "menus", _ => Task.FromResult<string?>("menus of B"), CancellationToken.None);

        cache.Invalidate(ShopA);

        Assert.Equal("menus of B", await cache.GetOrLoadAsync(ShopB, "menus", _ => Task.FromResult<string?>("reloaded"), CancellationToken.None));
        Assert.Equal("reloaded A", await cache.GetOrLoadAsync(ShopA, "menus", _ => Task.FromResult<string?>("reloaded A"), CancellationToken.None));
    }

    [Fact]
    public async Task What_was_loaded_while_the_shop_published_is_not_served_afterwards()
    {
        using var cache = Create(enabled: true);
        var stale = await cache.GetOrLoadAsync(ShopA, "product:a", _ =>
        {
            cache.Invalidate(ShopA); // the merchant's change commits while this request reads
            return Task.FromResult<string?>("old");
        }, CancellationToken.None);

        var next = await cache.GetOrLoadAsync(ShopA, "product:a", _ => Task.FromResult<string?>("new"), CancellationToken.None);

        Assert.Equal("old", stale);
        Assert.Equal("new", next);
    }

    [Fact]
    public async Task Misses_are_not_kept_and_a_disabled_cache_always_loads()
    {
        using var enabled = Create(enabled: true);
        using var disabled = Create(enabled: false);
        var loads = 0;
        Task<string?> Missing(CancellationToken _) { loads++; return Task.FromResult<string?>(null); }
        Task<string?> Found(CancellationToken _) { loads++; return Task.FromResult<string?>("x"); }

        await enabled.GetOrLoadAsync(ShopA, "product:nope", Missing, CancellationToken.None);
        await enabled.GetOrLoadAsync(ShopA, "product:nope", Missing, CancellationToken.None);
        await disabled.GetOrLoadAsync(ShopA, "product:a", Found, CancellationToken.None);
        await disabled.GetOrLoadAsync(ShopA, "product:a", Found, CancellationToken.None);

        Assert.Equal(4, loads);
    }

    private static StorefrontReadCache Create(bool enabled) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storefront:ReadCache:Enabled"] = enabled ? "true" : "false",
        }).Build());
}
