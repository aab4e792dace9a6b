using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Schedule;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>Creating a subscription once checkout has been paid.</summary>
public sealed partial class SubscriptionLifecycle
{
    /// <summary>
    /// A new subscription from what checkout sold, starting now: in its trial, or with its first
    /// period (every prepaid cycle, for a gift) paid. Bad input here is a programming error, since
    /// checkout has validated the cart, so it throws.
    /// </summary>
    public Subscription Start(NewSubscription request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var now = Now;
        var subscription = new Subscription
        {
            Status = request.Trial is null ? SubscriptionStatus.Active : SubscriptionStatus.Trialing,
            Currency = request.FirstPayment.Currency,
            Email = request.Email.Trim(),
            UserId = request.UserId,
            OriginOrderId = request.OriginOrderId,
            Plan = request.Plan,
            SetupFeePaidMinor = request.SetupFeePaid.MinorUnits,
            StartedAt = now,
            BillingAnchor = now,
            CurrentPeriodStart = now,
            PaidThrough = now,
        };
        subscription.Items.AddRange(request.Items.Select(item => new SubscriptionItem
        {
            SubscriptionId = subscription.Id,
            ProductId = item.Choice.ProductId,
            VariantId = item.Choice.VariantId,
            Title = item.Choice.Title.Trim(),
            Quantity = item.Quantity,
            UnitPriceMinor = item.Choice.UnitPrice.MinorUnits,
            Currency = subscription.Currency,
        }));
        if (request.Card is { } card)
        {
            ApplyCard(subscription, card);
        }

        if (request.Coupon is { } coupon)
        {
            (subscription.CouponId, subscription.CouponCode) = (coupon.CouponId, coupon.Code);
            (subscription.CouponPercentOff, subscription.CouponAmountOffMinor) = (coupon.PercentOff, coupon.AmountOff?.MinorUnits);
            subscription.CouponCyclesRemaining = coupon.CyclesRemaining;
        }

        if (request.Gift is { } gift)
        {
            (subscription.GiftRecipientEmail, subscription.GiftMessage) = (gift.RecipientEmail.Trim(), gift.Message?.Trim());
            (subscription.GiftNotifyAt, subscription.GiftPrepaidCycles, subscription.GiftEndBehavior) = (gift.NotifyAt, gift.PrepaidCycles, gift.AtEnd);
        }

        var text = $"Subscribed to {subscription.PlanName}, renewing every {subscription.Interval}.";
        if (request.Trial is { } trial)
        {
            subscription.TrialEndsAt = now + trial;
            // Renewals are counted from the trial's end, so the first charge falls on it.
            subscription.BillingAnchor = subscription.CurrentPeriodEnd = subscription.TrialEndsAt.Value;
            subscription.NextBillingAt = subscription.TrialEndsAt;
            text = $"Subscribed to {subscription.PlanName} with a free trial until {Day(subscription.TrialEndsAt.Value)}.";
        }
        else
        {
            var paidCycles = request.Gift?.PrepaidCycles ?? request.Plan.PrepaidCycles;
            subscription.CurrentPeriodEnd = BillingCalendar.Boundary(now, subscription.Interval, 1);
            subscription.PaidThrough = BillingCalendar.Boundary(now, subscription.Interval, paidCycles);
            subscription.CyclesBilled = 1;
            subscription.PrepaidCyclesRemaining = paidCycles - 1;
            subscription.CurrentPeriodPaidMinor = request.FirstPayment.MinorUnits / paidCycles;
        }

        Record(subscription, SubscriptionEventKind.Started, SubscriptionActor.Shopper, text);
        if (request.Trial is null)
        {
            ScheduleNextRenewal(subscription);
        }

        return subscription;
    }

    private void Validate(NewSubscription request)
    {
        var currency = request.FirstPayment.Currency;
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Email);
        ArgumentNullException.ThrowIfNull(request.Plan);
        ValidatePlan(request.Plan);
        if (request.Items.Count == 0)
        {
            throw new ArgumentException("A subscription needs at least one item.", nameof(request));
        }

        foreach (var item in request.Items)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(item.Quantity, 1, nameof(request));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(item.Quantity, _options.MaximumQuantity, nameof(request));
            RequireCurrency(item.Choice.UnitPrice.Currency, currency);
            ArgumentOutOfRangeException.ThrowIfNegative(item.Choice.UnitPrice.MinorUnits, nameof(request));
        }

        RequireCurrency(request.SetupFeePaid.Currency, currency);
        ArgumentOutOfRangeException.ThrowIfNegative(request.FirstPayment.MinorUnits, nameof(request));
        if (request.Trial is { } trial && (trial <= TimeSpan.Zero || request.Gift is not null))
        {
            throw new ArgumentException("A trial must be positive and a gift has none.", nameof(request));
        }

        if (request.Coupon?.AmountOff is { } off)
        {
            RequireCurrency(off.Currency, currency);
        }

        if (request.Gift is { } gift)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(gift.RecipientEmail, nameof(request));
            ArgumentOutOfRangeException.ThrowIfLessThan(gift.PrepaidCycles, 1, nameof(request));
        }

        static void RequireCurrency(string actual, string expected)
        {
            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Every amount must be in {expected}, not {actual}.", nameof(request));
            }
        }
    }

    private static void ValidatePlan(PlanTerms plan)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.Name, nameof(plan));
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.PrepaidCycles, 1, nameof(plan));
        ArgumentOutOfRangeException.ThrowIfNegative(plan.MinimumCycles, nameof(plan));
        if (plan.MaximumCycles is { } maximum && maximum < Math.Max(1, plan.MinimumCycles))
        {
            throw new ArgumentOutOfRangeException(nameof(plan), maximum, "Maximum cycles must be at least 1 and the minimum.");
        }
    }

    private static void ApplyCard(Subscription subscription, SavedCard card)
    {
        (subscription.ProcessorCustomerId, subscription.PaymentMethodId) = (card.ProcessorCustomerId, card.PaymentMethodId);
        (subscription.CardBrand, subscription.CardLast4) = (card.Brand, card.Last4);
        (subscription.CardExpMonth, subscription.CardExpYear) = (card.ExpMonth, card.ExpYear);
    }
}
