using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Lifecycle;
using Xunit;
using static WalkingDrum.Subscriptions.Tests.Services.Lifecycle.LifecycleFixture;

namespace WalkingDrum.Subscriptions.Tests.Services.Lifecycle;

public sealed class StartAndRenewalTests
{
    private readonly LifecycleFixture _fixture = new();

    [Fact]
    public void A_paid_start_opens_the_first_period_and_schedules_the_renewal()
    {
        var subscription = _fixture.Start();

        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal((Jan31, Utc(2025, 2, 28)), (subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd));
        Assert.Equal(Utc(2025, 2, 28), subscription.NextBillingAt);
        Assert.Equal(Utc(2025, 2, 28), subscription.PaidThrough);
        Assert.Equal((1, 4000L, 500L), (subscription.CyclesBilled, subscription.CurrentPeriodPaidMinor, subscription.SetupFeePaidMinor));
        Assert.Equal(("visa", "4242"), (subscription.CardBrand, subscription.CardLast4));
        Assert.Equal(SubscriptionEventKind.Started, Assert.Single(subscription.Events).Kind);
        Assert.True(subscription.HasAccess(Jan31));
        Assert.False(subscription.HasAccess(Utc(2025, 2, 28)));
    }

    [Fact]
    public void Renewals_follow_the_anchor_from_month_end_to_month_end()
    {
        var subscription = _fixture.Start();

        AssertApplied(subscription, _fixture.RenewPaid(subscription), SubscriptionEventKind.Renewed);
        Assert.Equal((Utc(2025, 2, 28), Utc(2025, 3, 31)), (subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd));
        _fixture.RenewPaid(subscription);

        Assert.Equal(Utc(2025, 4, 30), subscription.NextBillingAt);
        Assert.Equal(Utc(2025, 4, 30), subscription.PaidThrough);
        Assert.Equal(3, subscription.CyclesBilled);
        Assert.Equal(2, subscription.Version - 1);
    }

    [Fact]
    public void A_renewal_not_yet_due_or_paid_twice_is_refused_and_changes_nothing()
    {
        var subscription = _fixture.Start();
        var charge = RenewalCharge.For(subscription);

        AssertRefused(subscription, () => _fixture.Lifecycle.RenewalPaid(subscription, charge), "is not due yet");
        _fixture.Clock.SetUtcNow(Utc(2025, 2, 28));
        _fixture.Lifecycle.RenewalPaid(subscription, charge);
        AssertRefused(subscription, () => _fixture.Lifecycle.RenewalPaid(subscription, charge), "is not due yet");
        AssertRefused(subscription, () => _fixture.Lifecycle.RenewalSkipped(subscription), "is not due yet");
    }

    [Fact]
    public void A_trial_ends_into_an_active_subscription_whose_first_renewal_is_charged_at_the_trial_end()
    {
        var subscription = _fixture.Start(trial: TimeSpan.FromDays(14));
        Assert.Equal(SubscriptionStatus.Trialing, subscription.Status);
        Assert.True(subscription.HasAccess(Jan31.AddDays(13)));
        AssertRefused(subscription, () => _fixture.Lifecycle.EndTrial(subscription), "The trial runs until 14 February 2025");

        _fixture.Clock.SetUtcNow(Jan31.AddDays(14));
        AssertApplied(subscription, _fixture.Lifecycle.EndTrial(subscription), SubscriptionEventKind.TrialEnded);
        _fixture.Lifecycle.RenewalPaid(subscription, RenewalCharge.For(subscription));

        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal(Jan31.AddDays(14).AddMonths(1), subscription.NextBillingAt);
        Assert.Equal(1, subscription.CyclesBilled);
    }

    [Fact]
    public void A_coupon_discounts_its_cycles_then_falls_away_and_credit_is_spent_before_charging()
    {
        var subscription = _fixture.Start(coupon: new RenewalCoupon(Guid.CreateVersion7(), "HALF", 50, null, 1));
        subscription.CreditBalanceMinor = 500;

        var first = RenewalCharge.For(subscription);
        _fixture.RenewPaid(subscription);
        var second = RenewalCharge.For(subscription);

        Assert.Equal((Usd(4000), Usd(2000), Usd(500), Usd(1500)), (first.Subtotal, first.Discount, first.CreditApplied, first.Total));
        Assert.Equal((Usd(0), Usd(0), Usd(4000)), (second.Discount, second.CreditApplied, second.Total));
        Assert.False(subscription.HasCoupon);
        Assert.Equal(0, subscription.CreditBalanceMinor);
    }

    [Fact]
    public void Maximum_cycles_stop_renewing_and_the_period_end_expires_it()
    {
        var subscription = _fixture.Start(plan: Monthly with { MaximumCycles = 2 });
        _fixture.RenewPaid(subscription);

        Assert.Null(subscription.NextBillingAt);
        AssertRefused(subscription, () => _fixture.Lifecycle.PeriodEnded(subscription), "The period runs until 31 March 2025");
        _fixture.Clock.SetUtcNow(Utc(2025, 3, 31));
        AssertApplied(subscription, _fixture.Lifecycle.PeriodEnded(subscription), SubscriptionEventKind.Expired);
        Assert.Equal((SubscriptionStatus.Expired, Utc(2025, 3, 31)), (subscription.Status, subscription.EndedAt));
    }

    [Fact]
    public void Failed_payments_follow_the_dunning_schedule_then_cancel()
    {
        var subscription = _fixture.Start();
        _fixture.Clock.SetUtcNow(Utc(2025, 2, 28));
        var retries = new List<DateTimeOffset?>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            AssertApplied(subscription, _fixture.Lifecycle.PaymentFailed(subscription, reason: "card declined"), SubscriptionEventKind.PaymentFailed);
            retries.Add(subscription.NextRetryAt);
            _fixture.Clock.SetUtcNow(subscription.NextRetryAt ?? _fixture.Clock.GetUtcNow());
        }

        Assert.Equal([Utc(2025, 3, 1), Utc(2025, 3, 3), Utc(2025, 3, 5), Utc(2025, 3, 7), null], retries);
        Assert.Equal(SubscriptionStatus.PastDue, subscription.Status);
        Assert.False(subscription.HasAccess(_fixture.Clock.GetUtcNow()));
        AssertRefused(subscription, () => _fixture.Lifecycle.PaymentFailed(subscription), "Every retry has been made");
        AssertApplied(subscription, _fixture.Lifecycle.DunningExhausted(subscription, DunningOutcome.Cancel), SubscriptionEventKind.Canceled);
        Assert.Equal((SubscriptionStatus.Canceled, null), (subscription.Status, subscription.NextBillingAt));
    }

    [Fact]
    public void A_retry_that_pays_restores_the_calendar_and_an_early_retry_is_refused()
    {
        var subscription = _fixture.Start();
        _fixture.Clock.SetUtcNow(Utc(2025, 2, 28));
        _fixture.Lifecycle.PaymentFailed(subscription, new DunningSchedule([2, 4]));

        AssertRefused(subscription, () => _fixture.Lifecycle.PaymentFailed(subscription), "The next retry is on 2 March 2025");
        AssertRefused(subscription, () => _fixture.Lifecycle.DunningExhausted(subscription, DunningOutcome.Cancel), "A retry is still due");
        _fixture.Clock.SetUtcNow(Utc(2025, 3, 2));
        AssertApplied(subscription, _fixture.Lifecycle.RenewalPaid(subscription, RenewalCharge.For(subscription)), SubscriptionEventKind.Renewed);

        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal((Utc(2025, 2, 28), Utc(2025, 3, 31)), (subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd));
        Assert.Equal((0, null), (subscription.FailedAttempts, subscription.NextRetryAt));
    }

    [Fact]
    public void Exhausted_dunning_can_leave_it_unpaid_and_a_new_card_retries_at_once()
    {
        var subscription = _fixture.Start();
        _fixture.Clock.SetUtcNow(Utc(2025, 2, 28));
        _fixture.Lifecycle.PaymentFailed(subscription, new DunningSchedule([]));

        AssertApplied(subscription, _fixture.Lifecycle.DunningExhausted(subscription, DunningOutcome.MarkUnpaid), SubscriptionEventKind.MarkedUnpaid);
        Assert.Equal(SubscriptionStatus.Unpaid, subscription.Status);
        AssertRefused(subscription, () => _fixture.Lifecycle.SkipNextRenewal(subscription, SubscriptionActor.Shopper), "while the subscription is unpaid");
        _fixture.Lifecycle.UpdatePaymentMethod(subscription, new SavedCard("cus_1", "pm_2", "mastercard", "4444", 1, 2031), SubscriptionActor.Shopper);

        Assert.Equal((SubscriptionStatus.PastDue, _fixture.Clock.GetUtcNow()), (subscription.Status, subscription.NextRetryAt));
        Assert.Equal("pm_2", subscription.PaymentMethodId);
    }

    [Fact]
    public void A_gift_runs_its_prepaid_cycles_without_charges_then_expires()
    {
        var gift = new GiftTerms("friend@example.com", "Enjoy!", Jan31.AddDays(1), 3, GiftEndBehavior.Expire);
        var subscription = _fixture.Start(gift: gift);
        Assert.Equal((Utc(2025, 4, 30), 2), (subscription.PaidThrough, subscription.PrepaidCyclesRemaining));
        AssertRefused(subscription, () => _fixture.Lifecycle.GiftNotified(subscription), "The recipient is told on 1 February 2025");

        _fixture.Clock.SetUtcNow(Jan31.AddDays(1));
        AssertApplied(subscription, _fixture.Lifecycle.GiftNotified(subscription), SubscriptionEventKind.GiftNotified);
        AssertRefused(subscription, () => _fixture.RenewPaid(subscription), "already paid for");
        AssertApplied(subscription, _fixture.Lifecycle.RenewalSkipped(subscription), SubscriptionEventKind.PrepaidCycleStarted);
        _fixture.Clock.SetUtcNow(subscription.NextBillingAt!.Value);
        _fixture.Lifecycle.RenewalSkipped(subscription);

        Assert.Equal((3, 0, null), (subscription.CyclesBilled, subscription.PrepaidCyclesRemaining, subscription.NextBillingAt));
        _fixture.Clock.SetUtcNow(Utc(2025, 4, 30));
        AssertApplied(subscription, _fixture.Lifecycle.PeriodEnded(subscription), SubscriptionEventKind.Expired);
    }

    [Fact]
    public void A_gift_that_converts_renews_on_the_recipients_card_after_its_cycles()
    {
        var subscription = _fixture.Start(gift: new GiftTerms("friend@example.com", null, Jan31, 2, GiftEndBehavior.ConvertToSelfPaid));

        _fixture.Clock.SetUtcNow(Utc(2025, 2, 28));
        _fixture.Lifecycle.RenewalSkipped(subscription);

        Assert.Equal(SubscriptionEventKind.GiftConverted, subscription.Events[^1].Kind);
        Assert.Equal(Utc(2025, 3, 31), subscription.NextBillingAt);
        AssertApplied(subscription, _fixture.RenewPaid(subscription), SubscriptionEventKind.Renewed);
        Assert.Equal(Utc(2025, 4, 30), subscription.NextBillingAt);
    }
}
