using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Lifecycle;
using WalkingDrum.Subscriptions.Services.Schedule;
using Xunit;
using static WalkingDrum.Subscriptions.Tests.Services.Lifecycle.LifecycleFixture;

namespace WalkingDrum.Subscriptions.Tests.Services.Lifecycle;

public sealed class PlanChangeTests
{
    private static readonly PlanTerms Premium = new(Guid.CreateVersion7(), "Premium monthly", new BillingInterval(IntervalUnit.Month, 1));
    private static readonly PlanTerms Yearly = new(Guid.CreateVersion7(), "Yearly", new BillingInterval(IntervalUnit.Year, 1));

    private readonly LifecycleFixture _fixture = new();

    [Fact]
    public void An_upgrade_mid_period_charges_the_prorated_difference_now_and_the_preview_matches()
    {
        var subscription = StartInApril();
        _fixture.Clock.SetUtcNow(Utc(2025, 4, 16));
        var change = new PlanChange(Premium, [new ItemPrice(subscription.Items[0].Id, Usd(3500))]);
        var before = Snapshot(subscription);

        var preview = _fixture.Lifecycle.PreviewPlanChange(subscription, change);
        Assert.Equal(before, Snapshot(subscription));
        var applied = _fixture.Lifecycle.ChangePlan(subscription, change, SubscriptionActor.Shopper);

        AssertApplied(subscription, applied, SubscriptionEventKind.PlanChanged);
        // 15 of 30 days left: credit 4000 / 2, charge 7000 / 2.
        Assert.Equal((Usd(2000), Usd(3500), Usd(1500)), (applied.PlanChange!.Proration.Credit, applied.PlanChange.Proration.Charge, applied.PlanChange.ChargeNow));
        Assert.Equal(preview.PlanChange, applied.PlanChange);
        Assert.Equal(("Premium monthly", 3500L), (subscription.PlanName, subscription.Items[0].UnitPriceMinor));
        Assert.Equal(Utc(2025, 5, 1), subscription.NextBillingAt);
        Assert.Equal(0, subscription.CreditBalanceMinor);
    }

    [Fact]
    public void A_downgrade_credits_the_difference_to_the_next_renewal()
    {
        var subscription = StartInApril();
        _fixture.Clock.SetUtcNow(Utc(2025, 4, 16));

        var applied = _fixture.Lifecycle.ChangePlan(subscription, new PlanChange(Premium, [new ItemPrice(subscription.Items[0].Id, Usd(1000))]), SubscriptionActor.Shopper);

        Assert.Equal((Usd(0), Usd(1000)), (applied.PlanChange!.ChargeNow, applied.PlanChange.CreditToBalance));
        Assert.Equal(1000, subscription.CreditBalanceMinor);
        Assert.Equal(Usd(1000), RenewalCharge.For(subscription).Total);
    }

    [Fact]
    public void A_new_interval_restarts_the_period_now_less_the_unused_share_of_what_was_paid()
    {
        var subscription = StartInApril();
        _fixture.Clock.SetUtcNow(Utc(2025, 4, 16));

        var applied = _fixture.Lifecycle.ChangePlan(subscription, new PlanChange(Yearly, [new ItemPrice(subscription.Items[0].Id, Usd(20000))]), SubscriptionActor.Shopper);

        Assert.True(applied.PlanChange!.PeriodRestarts);
        Assert.Equal((Usd(2000), Usd(40000), Usd(38000)), (applied.PlanChange.Proration.Credit, applied.PlanChange.Proration.Charge, applied.PlanChange.ChargeNow));
        Assert.Equal((Utc(2025, 4, 16), Utc(2026, 4, 16)), (subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd));
        Assert.Equal((Utc(2026, 4, 16), Utc(2026, 4, 16)), (subscription.NextBillingAt, subscription.PaidThrough));
    }

    [Fact]
    public void During_a_trial_nothing_is_prorated()
    {
        var subscription = _fixture.Start(trial: TimeSpan.FromDays(7));

        var applied = _fixture.Lifecycle.ChangePlan(subscription, new PlanChange(Yearly, [new ItemPrice(subscription.Items[0].Id, Usd(20000))]), SubscriptionActor.Shopper);

        Assert.Equal((Usd(0), Usd(0)), (applied.PlanChange!.ChargeNow, applied.PlanChange.CreditToBalance));
        Assert.Equal((SubscriptionStatus.Trialing, Jan31.AddDays(7)), (subscription.Status, subscription.NextBillingAt));
        Assert.Equal(IntervalUnit.Year, subscription.IntervalUnit);
    }

    [Fact]
    public void The_same_plan_missing_prices_and_other_currencies_are_refused()
    {
        var subscription = _fixture.Start();
        var itemId = subscription.Items[0].Id;

        AssertRefused(subscription, () => _fixture.Lifecycle.ChangePlan(subscription, new PlanChange(Monthly, [new ItemPrice(itemId, Usd(1))]), SubscriptionActor.Shopper), "already on Monthly");
        AssertRefused(subscription, () => _fixture.Lifecycle.PreviewPlanChange(subscription, new PlanChange(Premium, [])), "one price on the new plan");
        AssertRefused(subscription, () => _fixture.Lifecycle.ChangePlan(subscription, new PlanChange(Premium, [new ItemPrice(itemId, new(1, "EUR"))]), SubscriptionActor.Shopper), "must be in USD");
        AssertRefused(subscription, () => _fixture.Lifecycle.ChangePlan(subscription,
            new PlanChange(Premium, [new ItemPrice(itemId, Usd(1)), new ItemPrice(Guid.NewGuid(), Usd(1))]), SubscriptionActor.Shopper), "items the subscription does not have");
    }

    [Fact]
    public void An_overdue_renewal_or_a_paused_subscription_refuses_a_plan_change()
    {
        var paused = _fixture.Start();
        var overdue = _fixture.Start();
        _fixture.Lifecycle.PauseForCycles(paused, 1, SubscriptionActor.Shopper);

        AssertRefused(paused, () => _fixture.Lifecycle.ChangePlan(paused, ToPremium(paused), SubscriptionActor.Shopper), "while the subscription is paused");
        _fixture.Clock.SetUtcNow(Utc(2025, 2, 28));
        AssertRefused(overdue, () => _fixture.Lifecycle.ChangePlan(overdue, ToPremium(overdue), SubscriptionActor.Shopper), "The renewal is due");

        static PlanChange ToPremium(Subscription subscription) => new(Premium, [new ItemPrice(subscription.Items[0].Id, Usd(3000))]);
    }

    private Subscription StartInApril()
    {
        _fixture.Clock.SetUtcNow(Utc(2025, 4, 1));
        return _fixture.Start();
    }
}
