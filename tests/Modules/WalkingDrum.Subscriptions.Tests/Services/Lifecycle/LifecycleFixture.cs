using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Lifecycle;
using WalkingDrum.Subscriptions.Services.Schedule;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Services.Lifecycle;

/// <summary>A lifecycle on a test clock that starts on 31 January 2025, 10:00 UTC, and ready-made subscriptions.</summary>
internal sealed class LifecycleFixture
{
    public static readonly DateTimeOffset Jan31 = new(2025, 1, 31, 10, 0, 0, TimeSpan.Zero);
    public static readonly Guid MonthlyPlanId = Guid.CreateVersion7();
    public static readonly PlanTerms Monthly = new(MonthlyPlanId, "Monthly", new BillingInterval(IntervalUnit.Month, 1));

    public LifecycleFixture(SubscriptionLifecycleOptions? options = null) =>
        Lifecycle = new SubscriptionLifecycle(Clock, Options.Create(options ?? new SubscriptionLifecycleOptions()));

    public FakeTimeProvider Clock { get; } = new(Jan31);

    public SubscriptionLifecycle Lifecycle { get; }

    public static Amount Usd(long minor) => new(minor, "USD");

    public static ItemChoice Coffee(long priceMinor = 2000) => new(Guid.CreateVersion7(), Guid.CreateVersion7(), "Kenya AA — 250 g", Usd(priceMinor));

    /// <summary>A paid monthly subscription to one item at 20.00 (2 units), started now.</summary>
    public Subscription Start(PlanTerms? plan = null, TimeSpan? trial = null, GiftTerms? gift = null, RenewalCoupon? coupon = null, int quantity = 2)
    {
        plan ??= Monthly;
        var cycles = gift?.PrepaidCycles ?? plan.PrepaidCycles;
        var paid = trial is null ? Usd(2000 * quantity * cycles) : Usd(0);
        var card = new SavedCard("cus_1", "pm_1", "visa", "4242", 12, 2030);
        var subscription = Lifecycle.Start(new NewSubscription("ada@example.com", plan, [new NewSubscriptionItem(Coffee(), quantity)], paid, Usd(500),
            Trial: trial, Card: card, Coupon: coupon, Gift: gift));
        subscription.TenantId = Guid.CreateVersion7();
        return subscription;
    }

    /// <summary>Moves the clock to the renewal and reports it paid, as the runner does.</summary>
    public LifecycleResult RenewPaid(Subscription subscription)
    {
        Clock.SetUtcNow(subscription.NextBillingAt!.Value);
        return Lifecycle.RenewalPaid(subscription, RenewalCharge.For(subscription));
    }

    public static string Snapshot(Subscription subscription) => JsonSerializer.Serialize(subscription);

    /// <summary>Asserts that <paramref name="operation"/> is refused with a message containing <paramref name="message"/> and changes nothing.</summary>
    public static void AssertRefused(Subscription subscription, Func<LifecycleResult> operation, string message)
    {
        var before = Snapshot(subscription);

        var result = operation();

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Refusal, StringComparison.Ordinal);
        Assert.Null(result.Event);
        Assert.Equal(before, Snapshot(subscription));
    }

    /// <summary>Asserts that <paramref name="result"/> succeeded and wrote one more timeline entry of <paramref name="kind"/>.</summary>
    public static void AssertApplied(Subscription subscription, LifecycleResult result, SubscriptionEventKind kind)
    {
        Assert.True(result.Succeeded, result.Refusal);
        Assert.Equal(kind, result.Event!.Kind);
        Assert.Same(result.Event, subscription.Events[^1]);
        Assert.Equal(subscription.Id, result.Event.SubscriptionId);
    }

    public static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);
}
