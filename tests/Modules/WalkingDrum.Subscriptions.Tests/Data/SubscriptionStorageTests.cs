using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Lifecycle;
using WalkingDrum.Subscriptions.Services.Schedule;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Data;

[Collection(AppCollection.Name)]
public sealed class SubscriptionStorageTests(WalkingDrumApp app)
{
    private static readonly PlanTerms EveryTwoWeeks = new(Guid.CreateVersion7(), "Every 2 weeks", new BillingInterval(IntervalUnit.Week, 2), MinimumCycles: 2, MaximumCycles: 12);

    private SubscriptionLifecycle Lifecycle => app.Services.GetRequiredService<SubscriptionLifecycle>();

    [Fact]
    public async Task A_subscription_saves_and_loads_with_its_items_and_timeline()
    {
        var shop = await app.CreateShopAsync();
        var saved = await SaveAsync(shop, subscription => Lifecycle.SkipNextRenewal(subscription, SubscriptionActor.Shopper));

        var loaded = await app.InShopAsync(shop.Tenant, db => db.Set<Subscription>()
            .Include(s => s.Items).Include(s => s.Events.OrderBy(e => e.SubscriptionVersion))
            .SingleAsync(s => s.Id == saved.Id));
        var timeline = loaded.Events;

        Assert.Equal(shop.Tenant.Id, loaded.TenantId);
        Assert.Equal((SubscriptionStatus.Active, "EUR", "ada@example.com"), (loaded.Status, loaded.Currency, loaded.Email));
        Assert.Equal(EveryTwoWeeks, loaded.Plan);
        Assert.Equal((saved.CurrentPeriodStart, saved.CurrentPeriodEnd, saved.NextBillingAt), (loaded.CurrentPeriodStart, loaded.CurrentPeriodEnd, loaded.NextBillingAt));
        Assert.Equal((saved.PaidThrough, saved.BillingAnchor), (loaded.PaidThrough, loaded.BillingAnchor));
        Assert.Equal((true, 1, 2), (loaded.SkipNextRenewal, loaded.CyclesBilled, loaded.Version));
        Assert.Equal((25, 3), (loaded.CouponPercentOff, loaded.CouponCyclesRemaining));
        Assert.Equal(("pm_1", "4242", 2030), (loaded.PaymentMethodId, loaded.CardLast4, loaded.CardExpYear));
        var item = Assert.Single(loaded.Items);
        Assert.Equal(("Kenya AA — 250 g", 3, new Amount(1250, "EUR")), (item.Title, item.Quantity, item.UnitPrice));
        Assert.Equal([SubscriptionEventKind.Started, SubscriptionEventKind.SkipScheduled], timeline.Select(e => e.Kind));
        Assert.Equal((SubscriptionActor.Shopper, 2), (timeline[1].Actor, timeline[1].SubscriptionVersion));
    }

    [Fact]
    public async Task Another_shop_sees_none_of_the_subscription_and_cannot_change_it()
    {
        var shop = await app.CreateShopAsync();
        var intruder = await app.CreateShopAsync();
        var saved = await SaveAsync(shop);

        var seen = await app.InShopAsync(intruder.Tenant, async db => (
            await db.Set<Subscription>().AnyAsync(s => s.Id == saved.Id),
            await db.Set<SubscriptionItem>().AnyAsync(i => i.SubscriptionId == saved.Id),
            await db.Set<SubscriptionEvent>().AnyAsync(e => e.SubscriptionId == saved.Id)));
        var overwrite = await app.InShopAsync(intruder.Tenant, async db =>
        {
            db.Attach(saved);
            saved.Email = "intruder@example.com";
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.Equal((false, false, false), seen);
        Assert.IsType<InvalidOperationException>(overwrite);
        var own = await app.InShopAsync(shop.Tenant, db => db.Set<Subscription>().Select(s => s.Email).ToListAsync());
        Assert.All(own, email => Assert.Equal("ada@example.com", email));
    }

    [Fact]
    public async Task Two_writers_of_one_subscription_cannot_overwrite_each_other()
    {
        var shop = await app.CreateShopAsync();
        var saved = await SaveAsync(shop);

        var second = await app.InShopAsync(shop.Tenant, async first =>
        {
            var mine = await first.Set<Subscription>().Include(s => s.Events).SingleAsync(s => s.Id == saved.Id);
            await app.InShopAsync(shop.Tenant, async other =>
            {
                var theirs = await other.Set<Subscription>().Include(s => s.Events).SingleAsync(s => s.Id == saved.Id);
                Assert.True(Lifecycle.PauseForCycles(theirs, 1, SubscriptionActor.Merchant).Succeeded);
                return await other.SaveChangesAsync();
            });
            Assert.True(Lifecycle.CancelNow(mine, null, refund: false, SubscriptionActor.Merchant).Succeeded);
            return await Record.ExceptionAsync(() => first.SaveChangesAsync());
        });

        // Either guard may fire first: the version token on the subscription or the unique version of its timeline entry.
        Assert.IsAssignableFrom<DbUpdateException>(second);
        var stored = await app.InShopAsync(shop.Tenant, db => db.Set<Subscription>().SingleAsync(s => s.Id == saved.Id));
        Assert.Equal(SubscriptionStatus.Paused, stored.Status);
    }

    private async Task<Subscription> SaveAsync(TestShop shop, Action<Subscription>? change = null)
    {
        var subscription = Lifecycle.Start(new NewSubscription(
            "ada@example.com",
            EveryTwoWeeks,
            [new NewSubscriptionItem(new ItemChoice(Guid.CreateVersion7(), Guid.CreateVersion7(), "Kenya AA — 250 g", new Amount(1250, "EUR")), 3)],
            new Amount(3750, "EUR"),
            Amount.Zero("EUR"),
            Card: new SavedCard("cus_1", "pm_1", "visa", "4242", 12, 2030),
            Coupon: new RenewalCoupon(Guid.CreateVersion7(), "WELCOME", 25, null, 3)));
        change?.Invoke(subscription);
        await app.InShopAsync(shop.Tenant, async db =>
        {
            db.Add(subscription);
            return await db.SaveChangesAsync();
        });
        return subscription;
    }
}
