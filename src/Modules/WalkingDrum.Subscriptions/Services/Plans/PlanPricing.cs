using System.Globalization;
using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Plans;

/// <summary>
/// What a plan costs, without the database. Percentages are taken on minor units and the discount
/// is rounded half away from zero before it is subtracted: 10% off 19.95 is 2.00 off (1.995
/// rounds up), leaving 17.95. The plan's discount is taken on the unit price; the prepaid discount
/// once on the whole charge (units × prepaid cycles), so a line rounds once, not once per unit.
/// </summary>
public static class PlanPricing
{
    /// <summary><paramref name="amount"/> less <paramref name="percent"/> percent, the discount rounded half away from zero.</summary>
    public static Amount PercentOff(Amount amount, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var discount = (long)Math.Round(amount.MinorUnits * (decimal)percent / 100m, MidpointRounding.AwayFromZero);
        return new Amount(amount.MinorUnits - discount, amount.Currency);
    }

    /// <summary>Whether the plan can price a variant in <paramref name="currency"/>: its own amounts, if any, must be in it.</summary>
    public static bool CanPrice(SubscriptionPlan plan, string currency)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return (plan.FixedPriceMinor is null && plan.SetupFeeMinor == 0) || string.Equals(plan.Currency, currency, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One unit for one interval: the fixed price, else the variant's price less the plan's discount.</summary>
    public static Amount RecurringUnitPrice(SubscriptionPlan plan, Amount variantPrice)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.FixedPrice ?? PercentOff(variantPrice, plan.DiscountPercent);
    }

    /// <summary>Each charge of the line after the first: <see cref="SubscriptionPlan.PrepaidCycles"/> intervals less the prepaid discount.</summary>
    public static Amount RenewalCharge(SubscriptionPlan plan, Amount variantPrice, int quantity)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        var block = RecurringUnitPrice(plan, variantPrice) * checked(quantity * plan.PrepaidCycles);
        return PercentOff(block, plan.PrepaidDiscountPercent);
    }

    /// <summary>What the line costs at checkout: the setup fee, plus the first charge unless a trial defers it.</summary>
    public static Amount DueNow(SubscriptionPlan plan, Amount variantPrice, int quantity)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var first = plan.TrialDays > 0 ? Amount.Zero(variantPrice.Currency) : RenewalCharge(plan, variantPrice, quantity);
        return plan.SetupFeeMinor == 0 ? first : first + plan.SetupFee;
    }

    /// <summary>The option as the shopper chose it: <c>Every 2 weeks · 10% off</c>.</summary>
    public static string Label(SubscriptionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var label = Capitalized(Every(plan.IntervalUnit, plan.IntervalCount));
        if (plan.DiscountPercent > 0)
        {
            label += string.Create(CultureInfo.InvariantCulture, $" · {plan.DiscountPercent}% off");
        }

        if (plan.PrepaidCycles > 1)
        {
            label += string.Create(CultureInfo.InvariantCulture, $" · {plan.PrepaidCycles} cycles prepaid");
        }

        return label;
    }

    /// <summary>One sentence on what follows checkout: <c>Then $18.00 every 2 weeks after a 14-day trial.</c></summary>
    public static string Terms(SubscriptionPlan plan, Amount variantPrice, int quantity)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var charge = RenewalCharge(plan, variantPrice, quantity);
        var terms = $"Then {charge.ToDisplayString()} {Every(plan.IntervalUnit, plan.IntervalCount * plan.PrepaidCycles)}";
        if (plan.TrialDays > 0)
        {
            terms += string.Create(CultureInfo.InvariantCulture, $" after a {plan.TrialDays}-day trial");
        }

        if (plan.PrepaidCycles > 1)
        {
            terms += string.Create(CultureInfo.InvariantCulture, $", paid up front for {plan.PrepaidCycles} cycles of {Duration(plan.IntervalUnit, plan.IntervalCount)}");
        }

        if (plan.MaximumCycles is { } maximum)
        {
            terms += $", ending after {Duration(plan.IntervalUnit, plan.IntervalCount * maximum)}";
        }

        if (plan.MinimumCycles > 0)
        {
            terms += $"; cancel any time after {Duration(plan.IntervalUnit, plan.IntervalCount * plan.MinimumCycles)}";
        }

        return terms + ".";
    }

    /// <summary><c>every month</c>, <c>every 2 weeks</c>.</summary>
    public static string Every(IntervalUnit unit, int count) =>
        count == 1 ? "every " + Singular(unit) : "every " + Duration(unit, count);

    /// <summary><c>1 month</c>, <c>6 weeks</c>.</summary>
    public static string Duration(IntervalUnit unit, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {Singular(unit)}{(count == 1 ? "" : "s")}");

    private static string Singular(IntervalUnit unit) => unit.ToString().ToLowerInvariant();

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
