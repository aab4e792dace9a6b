using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Lifecycle;
using Xunit;
using static WalkingDrum.Subscriptions.Tests.Services.Lifecycle.LifecycleFixture;

namespace WalkingDrum.Subscriptions.Tests.Services.Lifecycle;

public sealed class ChangeTests
{
    private readonly LifecycleFixture _fixture = new(new SubscriptionLifecycleOptions { RenewalCutoff = TimeSpan.FromDays(2) });

    [Fact]
    public void Skipping_the_next_renewal_advances_without_a_charge_and_can_be_undone()
    {
        var subscription = _fixture.Start();

        AssertApplied(subscription, _fixture.Lifecycle.SkipNextRenewal(subscription, SubscriptionActor.Shopper), SubscriptionEventKind.SkipScheduled);
        AssertRefused(subscription, () => _fixture.Lifecycle.SkipNextRenewal(subscription, SubscriptionActor.Shopper), "already skipped");
        AssertApplied(subscription, _fixture.Lifecycle.UndoSkip(subscription, SubscriptionActor.Shopper), SubscriptionEventKind.SkipUndone);
        AssertRefused(subscription, () => _fixture.Lifecycle.UndoSkip(subscription, SubscriptionActor.Shopper), "No renewal is skipped");
        _fixture.Lifecycle.SkipNextRenewal(subscription, SubscriptionActor.Shopper);
        _fixture.Clock.SetUtcNow(Utc(2025, 2, 28));
        AssertApplied(subscription, _fixture.Lifecycle.RenewalSkipped(subscription), SubscriptionEventKind.RenewalSkipped);

        Assert.Equal((Utc(2025, 3, 31), Utc(2025, 2, 28)), (subscription.NextBillingAt, subscription.PaidThrough));
        Assert.Equal((1, false), (subscription.CyclesBilled, subscription.SkipNextRenewal));
        Assert.False(subscription.HasAccess(Utc(2025, 3, 1)));
    }

    [Fact]
    public void Changes_to_the_next_renewal_close_at_the_cutoff()
    {
        var subscription = _fixture.Start();
        var item = subscription.Items[0];
        _fixture.Clock.SetUtcNow(Utc(2025, 2, 26));

        AssertRefused(subscription, () => _fixture.Lifecycle.SkipNextRenewal(subscription, SubscriptionActor.Shopper), "closed on 26 February 2025");
        AssertRefused(subscription, () => _fixture.Lifecycle.ChangeQuantity(subscription, item.Id, 3, SubscriptionActor.Shopper), "closed on");
        AssertRefused(subscription, () => _fixture.Lifecycle.SwapItem(subscription, item.Id, Coffee(), SubscriptionActor.Shopper), "closed on");
        AssertRefused(subscription, () => _fixture.Lifecycle.ChangeNextBillingDate(subscription, Utc(2025, 3, 5), SubscriptionActor.Shopper), "closed on");
    }

    [Fact]
    public void Swapping_replaces_the_item_from_the_next_renewal()
    {
        var subscription = _fixture.Start();
        var item = subscription.Items[0];
        var decaf = new ItemChoice(Guid.CreateVersion7(), Guid.CreateVersion7(), "Decaf — 250 g", Usd(1800));

        AssertApplied(subscription, _fixture.Lifecycle.SwapItem(subscription, item.Id, decaf, SubscriptionActor.Shopper), SubscriptionEventKind.ItemSwapped);

        Assert.Equal((decaf.VariantId, "Decaf — 250 g", 1800L, 2), (item.VariantId, item.Title, item.UnitPriceMinor, item.Quantity));
        Assert.Equal(Usd(3600), RenewalCharge.For(subscription).Total);
        Assert.Contains("Swapped Kenya AA — 250 g for Decaf — 250 g", subscription.Events[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_swaps_are_refused_and_change_nothing()
    {
        var subscription = _fixture.Start();
        var item = subscription.Items[0];
        var same = new ItemChoice(item.ProductId, item.VariantId, item.Title, Usd(2000));

        AssertRefused(subscription, () => _fixture.Lifecycle.SwapItem(subscription, Guid.NewGuid(), Coffee(), SubscriptionActor.Shopper), "no such item");
        AssertRefused(subscription, () => _fixture.Lifecycle.SwapItem(subscription, item.Id, same, SubscriptionActor.Shopper), "already renews");
        AssertRefused(subscription, () => _fixture.Lifecycle.SwapItem(subscription, item.Id, Coffee() with { UnitPrice = new(100, "EUR") }, SubscriptionActor.Shopper), "must be in USD");
        AssertRefused(subscription, () => _fixture.Lifecycle.SwapItem(subscription, item.Id, Coffee(-1), SubscriptionActor.Shopper), "cannot be negative");
        AssertRefused(subscription, () => _fixture.Lifecycle.SwapItem(subscription, item.Id, Coffee() with { Title = " " }, SubscriptionActor.Shopper), "Name the new item");
    }

    [Theory]
    [InlineData(0, "from 1 to 999")]
    [InlineData(1000, "from 1 to 999")]
    [InlineData(2, "already 2")]
    public void Invalid_quantities_are_refused(int quantity, string message)
    {
        var subscription = _fixture.Start();

        AssertRefused(subscription, () => _fixture.Lifecycle.ChangeQuantity(subscription, subscription.Items[0].Id, quantity, SubscriptionActor.Shopper), message);
    }

    [Fact]
    public void Changing_the_quantity_prices_the_next_renewal()
    {
        var subscription = _fixture.Start();

        AssertApplied(subscription, _fixture.Lifecycle.ChangeQuantity(subscription, subscription.Items[0].Id, 5, SubscriptionActor.Merchant), SubscriptionEventKind.QuantityChanged);

        Assert.Equal(Usd(10000), RenewalCharge.For(subscription).Total);
        Assert.Equal(SubscriptionActor.Merchant, subscription.Events[^1].Actor);
    }

    [Fact]
    public void The_next_billing_date_moves_within_one_interval_and_later_renewals_follow_it()
    {
        var subscription = _fixture.Start();

        AssertRefused(subscription, () => _fixture.Lifecycle.ChangeNextBillingDate(subscription, Jan31.AddHours(-1), SubscriptionActor.Shopper), "in the future");
        AssertRefused(subscription, () => _fixture.Lifecycle.ChangeNextBillingDate(subscription, Utc(2025, 3, 31).AddSeconds(1), SubscriptionActor.Shopper), "no later than 31 March 2025");
        AssertRefused(subscription, () => _fixture.Lifecycle.ChangeNextBillingDate(subscription, Utc(2025, 2, 28), SubscriptionActor.Shopper), "already on");
        AssertApplied(subscription, _fixture.Lifecycle.ChangeNextBillingDate(subscription, Utc(2025, 3, 10), SubscriptionActor.Shopper), SubscriptionEventKind.NextBillingDateChanged);

        Assert.Equal((Utc(2025, 3, 10), Utc(2025, 3, 10)), (subscription.NextBillingAt, subscription.PaidThrough));
        _fixture.RenewPaid(subscription);
        Assert.Equal(Utc(2025, 4, 10), subscription.NextBillingAt);
    }

    [Fact]
    public void Ended_subscriptions_refuse_every_change()
    {
        var subscription = _fixture.Start();
        _fixture.Lifecycle.CancelNow(subscription, null, refund: false, SubscriptionActor.Merchant);
        var item = subscription.Items[0];

        AssertRefused(subscription, () => _fixture.Lifecycle.SkipNextRenewal(subscription, SubscriptionActor.Shopper), "was canceled on 31 January 2025");
        AssertRefused(subscription, () => _fixture.Lifecycle.ChangeQuantity(subscription, item.Id, 3, SubscriptionActor.Shopper), "was canceled");
        AssertRefused(subscription, () => _fixture.Lifecycle.SwapItem(subscription, item.Id, Coffee(), SubscriptionActor.Shopper), "was canceled");
        AssertRefused(subscription, () => _fixture.Lifecycle.ChangeNextBillingDate(subscription, Utc(2025, 2, 10), SubscriptionActor.Shopper), "was canceled");
        AssertRefused(subscription, () => _fixture.Lifecycle.PauseForCycles(subscription, 1, SubscriptionActor.Shopper), "was canceled");
        AssertRefused(subscription, () => _fixture.Lifecycle.CancelNow(subscription, null, false, SubscriptionActor.Shopper), "was canceled");
        AssertRefused(subscription, () => _fixture.Lifecycle.CancelAtPeriodEnd(subscription, null, SubscriptionActor.Shopper), "was canceled");
        AssertRefused(subscription, () => _fixture.Lifecycle.UpdatePaymentMethod(subscription, new SavedCard("c", "p", null, null, null, null), SubscriptionActor.Shopper), "was canceled");
        AssertRefused(subscription, () => _fixture.Lifecycle.RenewalPaid(subscription, RenewalCharge.For(subscription)), "was canceled");
    }
}
