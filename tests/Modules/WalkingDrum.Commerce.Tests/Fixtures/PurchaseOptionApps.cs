using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>
/// The checkout app served by Kestrel with Commerce's two extension points filled in: purchase
/// options the tests offer per shop and product, and an order-placed handler that records what it
/// is told (and fails when asked).
/// </summary>
public sealed class PurchaseOptionApp : WalkingDrumApp
{
    public PurchaseOptionApp()
        : base(KestrelCheckoutApp.Settings, kestrel: true)
    {
    }

    public TestPlans Plans => Services.GetRequiredService<TestPlans>();

    public PlacedOrderLog Placed => Services.GetRequiredService<PlacedOrderLog>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartKestrel();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TestPlans>().AddScoped<IPurchaseOptions, TestPurchaseOptions>();
            services.AddSingleton<PlacedOrderLog>().AddScoped<IOrderPlacedHandler, RecordingOrderPlacedHandler>();
        });
    }
}

/// <summary>Tests of checkouts with purchase options, sharing one app.</summary>
[CollectionDefinition(Name)]
public sealed class PurchaseOptionCollection : ICollectionFixture<PurchaseOptionApp>
{
    public const string Name = "purchase-options";
}

/// <summary>A plan as the tests offer it: amounts per unit, in the shop's currency.</summary>
public sealed record TestPlan(string Key, string Label, long DueNowPerUnitMinor, long RecurringPerUnitMinor, string Terms)
{
    public PurchaseOptionQuote Quote(PurchaseOptionRequest line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var currency = line.UnitPrice.Currency;
        return new(Label, new Amount(DueNowPerUnitMinor * line.Quantity, currency), new Amount(RecurringPerUnitMinor * line.Quantity, currency), Terms);
    }
}

/// <summary>The plans each shop offers for its products, and how often the cart asked for quotes.</summary>
public sealed class TestPlans
{
    private readonly ConcurrentDictionary<(Guid Tenant, Guid Product, string Key), TestPlan> _plans = new();
    private readonly ConcurrentDictionary<(Guid Tenant, Guid Product), bool> _subscriptionOnly = new();
    private readonly ConcurrentDictionary<Guid, int> _quoteCalls = new();

    public void Offer(TestShop shop, Guid productId, TestPlan plan, bool subscriptionOnly = false)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(plan);
        _plans[(shop.Tenant.Id, productId, plan.Key)] = plan;
        _subscriptionOnly[(shop.Tenant.Id, productId)] = subscriptionOnly;
    }

    public void Withdraw(TestShop shop, Guid productId, string key) => _plans.TryRemove((shop.Tenant.Id, productId, key), out _);

    public int QuoteCallsOf(TestShop shop) => _quoteCalls.GetValueOrDefault(shop.Tenant.Id);

    internal TestPlan? Find(Guid tenantId, Guid productId, string key) => _plans.GetValueOrDefault((tenantId, productId, key));

    internal bool IsSubscriptionOnly(Guid tenantId, Guid productId) => _subscriptionOnly.GetValueOrDefault((tenantId, productId));

    internal void CountQuote(Guid tenantId) => _quoteCalls.AddOrUpdate(tenantId, 1, (_, n) => n + 1);
}

/// <summary>What the order-placed handler was told, per shop; and how often it should fail first.</summary>
public sealed class PlacedOrderLog
{
    private readonly ConcurrentQueue<(Guid TenantId, PlacedOrder Order)> _orders = new();

    /// <summary>Shops whose handler throws this many more times.</summary>
    public ConcurrentDictionary<Guid, int> FailuresLeft { get; } = new();

    public ConcurrentDictionary<Guid, int> Failures { get; } = new();

    public IReadOnlyList<PlacedOrder> Of(TestShop shop) => [.. _orders.Where(o => o.TenantId == shop.Tenant.Id).Select(o => o.Order)];

    internal void Add(Guid tenantId, PlacedOrder order) => _orders.Enqueue((tenantId, order));
}

internal sealed class TestPurchaseOptions(TestPlans plans, ITenantContext tenant) : IPurchaseOptions
{
    public Task<IReadOnlyList<PurchaseOptionQuote?>> QuoteAsync(IReadOnlyList<PurchaseOptionRequest> lines, CancellationToken cancellationToken)
    {
        plans.CountQuote(tenant.TenantId);
        return Task.FromResult<IReadOnlyList<PurchaseOptionQuote?>>(
            [.. lines.Select(l => plans.Find(tenant.TenantId, l.ProductId, l.Option)?.Quote(l))]);
    }

    public Task<IReadOnlySet<Guid>> RequiringOptionAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<Guid>>(productIds.Where(id => plans.IsSubscriptionOnly(tenant.TenantId, id)).ToHashSet());
}

internal sealed class RecordingOrderPlacedHandler(PlacedOrderLog log, ITenantContext tenant) : IOrderPlacedHandler
{
    public Task HandleAsync(PlacedOrder order, CancellationToken cancellationToken)
    {
        if (log.FailuresLeft.TryGetValue(tenant.TenantId, out var left) && left > 0)
        {
            log.FailuresLeft[tenant.TenantId] = left - 1;
            log.Failures.AddOrUpdate(tenant.TenantId, 1, (_, n) => n + 1);
            throw new InvalidOperationException("The order-placed handler was asked to fail.");
        }

        log.Add(tenant.TenantId, order);
        return Task.CompletedTask;
    }
}
