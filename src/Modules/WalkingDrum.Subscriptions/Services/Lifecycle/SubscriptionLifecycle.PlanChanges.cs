using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Schedule;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// Moving to another plan. On the same interval the current period is prorated; when the interval
/// (or the cycles one charge pays) changes, a new period starts now, charged in full less the
/// unused share of what was paid. During a trial nothing was paid, so nothing is prorated.
/// </summary>
public sealed partial class SubscriptionLifecycle
{
    /// <summary>What <see cref="ChangePlan"/> would charge or credit now, without changing anything.</summary>
    public LifecycleResult PreviewPlanChange(Subscription subscription, PlanChange change)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(change);
        var now = Now;
        var refusal = RefusePlanChange(subscription, change, now);
        return refusal is not null ? LifecycleResult.Refused(refusal) : new LifecycleResult { PlanChange = Quote(subscription, change, now) };
    }

    /// <summary>
    /// Moves to <paramref name="change"/>'s plan and prices. Collect <see cref="PlanChangeQuote.ChargeNow"/>
    /// before saving (and do not save if that fails); <see cref="PlanChangeQuote.CreditToBalance"/> is
    /// already added to the subscription's credit balance.
    /// </summary>
    public LifecycleResult ChangePlan(Subscription subscription, PlanChange change, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(change);
        var now = Now;
        var refusal = RefusePlanChange(subscription, change, now);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var quote = Quote(subscription, change, now);
        var before = subscription.PlanName;
        foreach (var item in subscription.Items)
        {
            item.UnitPriceMinor = change.Prices.Single(p => p.ItemId == item.Id).UnitPrice.MinorUnits;
        }

        subscription.Plan = change.Plan;
        subscription.CreditBalanceMinor += quote.CreditToBalance.MinorUnits;
        if (quote.PeriodRestarts && subscription.Status == SubscriptionStatus.Active)
        {
            StartPeriod(subscription, now);
            subscription.PaidThrough = CycleAfter(subscription, now, subscription.PrepaidCycles);
            subscription.CyclesBilled++;
            subscription.PrepaidCyclesRemaining = subscription.PrepaidCycles - 1;
            subscription.CurrentPeriodPaidMinor = quote.Proration.Charge.MinorUnits / subscription.PrepaidCycles;
            subscription.SkipNextRenewal = false;
        }
        else
        {
            // What the rest of the period is now worth, so a later refund does not return the credit twice.
            subscription.CurrentPeriodPaidMinor = Math.Max(0, subscription.CurrentPeriodPaidMinor + quote.Proration.Net.MinorUnits);
        }

        var money = quote.ChargeNow.MinorUnits > 0 ? $"; {quote.ChargeNow.ToDisplayString()} charged now"
            : quote.CreditToBalance.MinorUnits > 0 ? $"; {quote.CreditToBalance.ToDisplayString()} credited to the next renewals"
            : "";
        var result = Record(subscription, SubscriptionEventKind.PlanChanged, actor,
            $"Changed plan from {before} to {subscription.PlanName}, renewing every {subscription.Interval} at {quote.NewCyclePrice.ToDisplayString()}{money}.");
        if (quote.PeriodRestarts && subscription.Status == SubscriptionStatus.Active)
        {
            ScheduleNextRenewal(subscription);
        }

        return result with { PlanChange = quote };
    }

    private string? RefusePlanChange(Subscription subscription, PlanChange change, DateTimeOffset now)
    {
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active, SubscriptionStatus.Trialing)
            ?? (change.Plan.PlanId == subscription.PlanId ? $"The subscription is already on {subscription.PlanName}." : null)
            ?? (subscription.IsGift && subscription.GiftConvertedAt is null ? "A gift's plan can't be changed." : null)
            ?? (subscription.PrepaidCyclesRemaining > 0 ? $"The cycles until {Day(subscription.PaidThrough)} are already paid for; change plan after that." : null)
            ?? (subscription.Status == SubscriptionStatus.Active && (now < subscription.CurrentPeriodStart || now >= subscription.CurrentPeriodEnd)
                ? "The renewal is due; change plan once it is through." : null)
            ?? (change.Plan.PrepaidCycles < 1 || change.Plan.MinimumCycles < 0 || change.Plan.MaximumCycles < 1 || string.IsNullOrWhiteSpace(change.Plan.Name)
                ? "The new plan's terms are incomplete." : null);
        if (refusal is not null)
        {
            return refusal;
        }

        foreach (var item in subscription.Items)
        {
            var prices = change.Prices.Where(p => p.ItemId == item.Id).ToList();
            if (prices.Count != 1)
            {
                return $"Give {item.Title} one price on the new plan.";
            }

            if (prices[0].UnitPrice.Currency != subscription.Currency || prices[0].UnitPrice.MinorUnits < 0)
            {
                return $"The new price of {item.Title} must be in {subscription.Currency} and not negative.";
            }
        }

        return change.Prices.Count == subscription.Items.Count ? null : "The new prices name items the subscription does not have.";
    }

    private static PlanChangeQuote Quote(Subscription subscription, PlanChange change, DateTimeOffset now)
    {
        var newCyclePrice = subscription.Items.Aggregate(Amount.Zero(subscription.Currency),
            (sum, item) => sum + (change.Prices.Single(p => p.ItemId == item.Id).UnitPrice * item.Quantity));
        var zero = Amount.Zero(subscription.Currency);
        var restarts = change.Plan.Interval != subscription.Interval || change.Plan.PrepaidCycles != subscription.PrepaidCycles;
        if (subscription.Status == SubscriptionStatus.Trialing)
        {
            return new PlanChangeQuote(new ProrationResult(zero, zero), newCyclePrice, restarts);
        }

        if (restarts)
        {
            var credit = Proration.UnusedShare(subscription.CurrentPeriodPaid, subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd, now);
            return new PlanChangeQuote(new ProrationResult(credit, newCyclePrice * change.Plan.PrepaidCycles), newCyclePrice, restarts);
        }

        var proration = Proration.Calculate(subscription.CyclePrice, newCyclePrice, subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd, now);
        return new PlanChangeQuote(proration, newCyclePrice, restarts);
    }
}
