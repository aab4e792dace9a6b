using System.Globalization;
using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Plans;

namespace WalkingDrum.Subscriptions.Parts;

/// <summary>A plan as the product page offers it (<c>plan.key</c>, <c>plan.price</c>, <c>plan.notes</c>).</summary>
/// <param name="Key">The <c>purchase_option</c> value that chooses it.</param>
/// <param name="Name">The merchant's name for it.</param>
/// <param name="Checked">Chosen when the page opens (the first plan of a subscription-only product).</param>
/// <param name="Price">One unit for one interval; the cheapest variant's when <paramref name="PriceVaries"/>.</param>
/// <param name="PriceVaries">Variants cost differently, so the price is a "from" price.</param>
/// <param name="Interval">How often it renews: <c>every 2 weeks</c>.</param>
/// <param name="Notes">Its terms, one short line each: discount, trial, setup fee, prepaid, minimum and maximum term.</param>
public sealed record SubscriptionPlanDrop(
    string Key, string Name, bool Checked, Amount Price, bool PriceVaries, string Interval, IReadOnlyList<string> Notes);

/// <summary>The <c>subscriptions</c> part on the product page (<c>part.plans</c>, <c>part.subscription_only</c>).</summary>
public sealed record SubscriptionOptionsDrop(bool SubscriptionOnly, IReadOnlyList<SubscriptionPlanDrop> Plans)
{
    /// <summary>
    /// The page's choices for the product's active plans, priced from its variants' prices; null
    /// when no plan can be offered. Plans whose amounts are in another currency than the variants
    /// (set before the shop changed currency) are left out until the merchant saves them again.
    /// </summary>
    public static SubscriptionOptionsDrop? From(bool subscriptionOnly, IEnumerable<SubscriptionPlan> plans, IReadOnlyList<Amount> variantPrices)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(variantPrices);
        if (variantPrices.Count == 0)
        {
            return null;
        }

        var cheapest = variantPrices.MinBy(p => p.MinorUnits);
        var varies = variantPrices.Any(p => p != cheapest);
        var offered = plans.Where(p => p.IsActive && PlanPricing.CanPrice(p, cheapest.Currency)).OrderBy(p => p.Position).ToList();
        if (offered.Count == 0)
        {
            return null;
        }

        var drops = offered.Select((plan, i) => new SubscriptionPlanDrop(
            PlanPurchaseOptions.KeyOf(plan.Id), plan.Name, subscriptionOnly && i == 0, PlanPricing.RecurringUnitPrice(plan, cheapest),
            varies && plan.FixedPrice is null, PlanPricing.Every(plan.IntervalUnit, plan.IntervalCount), Notes(plan)));
        return new SubscriptionOptionsDrop(subscriptionOnly, [.. drops]);
    }

    private static List<string> Notes(SubscriptionPlan plan)
    {
        var notes = new List<string>();
        if (plan.DiscountPercent > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Save {plan.DiscountPercent}% on every order"));
        }

        if (plan.TrialDays > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{plan.TrialDays}-day free trial"));
        }

        if (plan.SetupFeeMinor > 0)
        {
            notes.Add($"{plan.SetupFee.ToDisplayString()} setup fee with the first payment");
        }

        if (plan.PrepaidCycles > 1)
        {
            var discount = plan.PrepaidDiscountPercent > 0 ? string.Create(CultureInfo.InvariantCulture, $", {plan.PrepaidDiscountPercent}% off") : "";
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Pay for {plan.PrepaidCycles} at a time ({PlanPricing.Every(plan.IntervalUnit, plan.IntervalCount * plan.PrepaidCycles)}{discount})"));
        }

        notes.Add(plan.MinimumCycles > 0
            ? $"Minimum term {PlanPricing.Duration(plan.IntervalUnit, plan.IntervalCount * plan.MinimumCycles)}, then cancel any time"
            : "Cancel any time");
        if (plan.MaximumCycles is { } maximum)
        {
            notes.Add($"Ends after {PlanPricing.Duration(plan.IntervalUnit, plan.IntervalCount * maximum)}");
        }

        return notes;
    }
}
