using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Lifecycle;
using Xunit;
using static WalkingDrum.Subscriptions.Tests.Services.Lifecycle.LifecycleFixture;

namespace WalkingDrum.Subscriptions.Tests.Services.Lifecycle;

public sealed class PauseAndCancelTests
{
    private readonly LifecycleFixture _fixture = new();

    [Fact]
    public void A_pause_for_cycles_holds_renewals_keeps_paid_access_and_resumes_on_the_calendar()
    {
        var subscription = _fixture.Start();

        AssertApplied(subscription, _fixture.Lifecycle.PauseForCycles(subscription, 2, SubscriptionActor.Shopper), SubscriptionEventKind.Paused);

        Assert.Equal((SubscriptionStatus.Paused, Utc(2025, 4, 30), 2), (subscription.Status, subscription.ResumeAt, subscription.PauseCyclesRemaining));
        Assert.Equal(Utc(2025, 4, 30), subscription.NextBillingAt);
        Assert.True(subscription.HasAccess(Utc(2025, 2, 27)));
        Assert.False(subscription.HasAccess(Utc(2025, 3, 15)));
        AssertApplied(subscription, _fixture.RenewPaid(subscription), SubscriptionEventKind.Renewed);
        Assert.Equal((SubscriptionStatus.Active, Utc(2025, 5, 31), null), (subscription.Status, subscription.NextBillingAt, subscription.ResumeAt));
    }

    [Fact]
    public void A_pause_until_a_date_restarts_the_calendar_there()
    {
        var subscription = _fixture.Start();

        AssertRefused(subscription, () => _fixture.Lifecycle.PauseUntil(subscription, Utc(2025, 2, 20), SubscriptionActor.Shopper), "after the next renewal on 28 February 2025");
        AssertRefused(subscription, () => _fixture.Lifecycle.PauseUntil(subscription, Utc(2026, 3, 1), SubscriptionActor.Shopper), "at the latest");
        AssertRefused(subscription, () => _fixture.Lifecycle.PauseForCycles(subscription, 0, SubscriptionActor.Shopper), "at least one cycle");
        AssertApplied(subscription, _fixture.Lifecycle.PauseUntil(subscription, Utc(2025, 3, 15), SubscriptionActor.Shopper), SubscriptionEventKind.Paused);
        AssertRefused(subscription, () => _fixture.Lifecycle.PauseForCycles(subscription, 1, SubscriptionActor.Shopper), "while the subscription is paused");
        _fixture.RenewPaid(subscription);

        Assert.Equal((Utc(2025, 3, 15), Utc(2025, 4, 15)), (subscription.CurrentPeriodStart, subscription.NextBillingAt));
    }

    [Fact]
    public void Resuming_early_keeps_the_paid_period_or_bills_at_once()
    {
        var early = _fixture.Start();
        var late = _fixture.Start();
        _fixture.Lifecycle.PauseForCycles(early, 3, SubscriptionActor.Shopper);
        _fixture.Lifecycle.PauseForCycles(late, 3, SubscriptionActor.Shopper);

        AssertApplied(early, _fixture.Lifecycle.Resume(early, SubscriptionActor.Shopper), SubscriptionEventKind.Resumed);
        _fixture.Clock.SetUtcNow(Utc(2025, 3, 10));
        _fixture.Lifecycle.Resume(late, SubscriptionActor.Shopper);

        Assert.Equal((SubscriptionStatus.Active, Utc(2025, 2, 28)), (early.Status, early.NextBillingAt));
        Assert.Equal(Utc(2025, 3, 10), late.NextBillingAt);
        AssertRefused(late, () => _fixture.Lifecycle.Resume(late, SubscriptionActor.Shopper), "not paused");
        _fixture.Lifecycle.RenewalPaid(late, RenewalCharge.For(late));
        Assert.Equal(Utc(2025, 4, 10), late.NextBillingAt);
    }

    [Fact]
    public void Cancel_at_period_end_respects_minimum_cycles_for_shoppers_and_can_be_undone()
    {
        var subscription = _fixture.Start(plan: Monthly with { MinimumCycles = 3 });

        AssertRefused(subscription, () => _fixture.Lifecycle.CancelAtPeriodEnd(subscription, null, SubscriptionActor.Shopper), "at least 3 cycles; you can cancel from 31 March 2025");
        AssertRefused(subscription, () => _fixture.Lifecycle.CancelAtPeriodEnd(subscription, new string('x', 501), SubscriptionActor.Merchant), "to 500 characters");
        AssertApplied(subscription, _fixture.Lifecycle.CancelAtPeriodEnd(subscription, " Moving abroad ", SubscriptionActor.Merchant), SubscriptionEventKind.CancelScheduled);
        Assert.Equal(("Moving abroad", null), (subscription.CancelReason, subscription.NextBillingAt));
        AssertRefused(subscription, () => _fixture.Lifecycle.CancelAtPeriodEnd(subscription, null, SubscriptionActor.Merchant), "already set to cancel");
        AssertApplied(subscription, _fixture.Lifecycle.Reactivate(subscription, SubscriptionActor.Shopper), SubscriptionEventKind.CancelUndone);

        Assert.Equal((false, Utc(2025, 2, 28), null), (subscription.CancelAtPeriodEnd, subscription.NextBillingAt, subscription.CanceledAt));
    }

    [Fact]
    public void Canceled_at_period_end_ends_when_the_period_does()
    {
        var subscription = _fixture.Start();
        _fixture.Lifecycle.CancelAtPeriodEnd(subscription, "Too much coffee", SubscriptionActor.Shopper);
        _fixture.Clock.SetUtcNow(Utc(2025, 2, 28));

        AssertApplied(subscription, _fixture.Lifecycle.PeriodEnded(subscription), SubscriptionEventKind.Canceled);

        Assert.Equal((SubscriptionStatus.Canceled, Utc(2025, 2, 28)), (subscription.Status, subscription.EndedAt));
        Assert.False(subscription.HasAccess(Utc(2025, 2, 28)));
    }

    [Fact]
    public void A_trial_may_always_be_canceled()
    {
        var subscription = _fixture.Start(plan: Monthly with { MinimumCycles = 6 }, trial: TimeSpan.FromDays(14));

        AssertApplied(subscription, _fixture.Lifecycle.CancelAtPeriodEnd(subscription, null, SubscriptionActor.Shopper), SubscriptionEventKind.CancelScheduled);
        _fixture.Clock.SetUtcNow(Jan31.AddDays(14));
        AssertRefused(subscription, () => _fixture.Lifecycle.EndTrial(subscription), "ends with its trial");
        AssertApplied(subscription, _fixture.Lifecycle.PeriodEnded(subscription), SubscriptionEventKind.Canceled);
    }

    [Fact]
    public void Cancel_now_ends_access_and_names_the_prorated_refund()
    {
        _fixture.Clock.SetUtcNow(Utc(2025, 4, 1));
        var subscription = _fixture.Start();
        _fixture.Clock.SetUtcNow(Utc(2025, 4, 21));

        var result = _fixture.Lifecycle.CancelNow(subscription, "Not for me", refund: true, SubscriptionActor.Shopper);

        AssertApplied(subscription, result, SubscriptionEventKind.Canceled);
        // 10 of 30 days unused of 40.00 paid.
        Assert.Equal(Usd(1333), result.Refund);
        Assert.Equal((SubscriptionStatus.Canceled, null, Utc(2025, 4, 21)), (subscription.Status, subscription.NextBillingAt, subscription.PaidThrough));
        Assert.False(subscription.HasAccess(Utc(2025, 4, 21)));
        Assert.Equal(Usd(0), _fixture.Lifecycle.CancelNow(_fixture.Start(), null, refund: false, SubscriptionActor.Merchant).Refund);
    }

    [Fact]
    public void A_shopper_cannot_cancel_now_inside_the_minimum_but_the_merchant_can()
    {
        var subscription = _fixture.Start(plan: Monthly with { MinimumCycles = 2 });

        AssertRefused(subscription, () => _fixture.Lifecycle.CancelNow(subscription, null, false, SubscriptionActor.Shopper), "you can cancel from 28 February 2025");
        AssertApplied(subscription, _fixture.Lifecycle.CancelNow(subscription, null, false, SubscriptionActor.Merchant), SubscriptionEventKind.Canceled);
    }

    [Fact]
    public void An_ended_subscription_restarts_from_now_on_its_saved_card()
    {
        var subscription = _fixture.Start();
        _fixture.Lifecycle.CancelNow(subscription, null, false, SubscriptionActor.Shopper);
        var active = _fixture.Start();
        AssertRefused(active, () => _fixture.Lifecycle.Reactivate(active, SubscriptionActor.Shopper), "active, not canceled");
        _fixture.Clock.SetUtcNow(Utc(2025, 6, 5));

        AssertApplied(subscription, _fixture.Lifecycle.Reactivate(subscription, SubscriptionActor.Shopper), SubscriptionEventKind.Reactivated);
        _fixture.Lifecycle.RenewalPaid(subscription, RenewalCharge.For(subscription));

        Assert.Equal((SubscriptionStatus.Active, Utc(2025, 7, 5), 1), (subscription.Status, subscription.NextBillingAt, subscription.CyclesBilled));
        subscription.PaymentMethodId = null;
        _fixture.Lifecycle.CancelNow(subscription, null, false, SubscriptionActor.Merchant);
        AssertRefused(subscription, () => _fixture.Lifecycle.Reactivate(subscription, SubscriptionActor.Shopper), "Add a card");
    }
}
