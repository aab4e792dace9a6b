using System.Globalization;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Plans;

/// <summary>
/// Checks a product's subscription input without the database and reports every problem by field:
/// <c>plans[0].intervalCount</c> for a plan's value, <c>boxSize</c> for a setting, <c>plans</c> for
/// the list. The admin's part and the recipe step both go through here.
/// </summary>
internal static partial class PlanRules
{
    public const int MaxName = 60;
    public const int MaxPercent = 90;
    public const int MaxTrialDays = 365;
    public const int MaxPrepaidCycles = 24;
    public const int MaxMinimumCycles = 120;
    public const int MaxMaximumCycles = 999;
    public const int MaxPosition = 999;
    public const int MaxBoxSize = 50;
    public const int MaxBoxCutoffDays = 30;

    /// <summary>Longest interval per unit: a year in days or weeks, two years in months, five years.</summary>
    public static int MaxIntervalCount(IntervalUnit unit) => unit switch
    {
        IntervalUnit.Day => 365,
        IntervalUnit.Week => 52,
        IntervalUnit.Month => 24,
        _ => 5,
    };

    /// <summary>The checked values with plans in display order, or null when <paramref name="errors"/> got problems.</summary>
    public static ProductSubscriptionValues? Read(ProductSubscriptionInput input, string currency, CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var kept = input.Plans.Select((plan, row) => (plan, row)).Where(p => !p.plan.Remove).ToList();
        if (kept.Count > SubscriptionPlan.MaxPerProduct)
        {
            errors.Add("plans", $"A product can have at most {SubscriptionPlan.MaxPerProduct} plans. Remove some first.");
        }

        var plans = kept.Select(p => ReadPlan(p.plan, p.row, currency, errors)).ToList();
        foreach (var duplicate in plans.OfType<PlanValues>().GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).SelectMany(g => g.Skip(1)))
        {
            errors.Add(Key(duplicate.Row, "name"), $"Another plan is already called {duplicate.Name}.");
        }

        var active = plans.OfType<PlanValues>().Where(p => p.IsActive).ToList();
        if (input.SubscriptionOnly && active.Count == 0 && plans.All(p => p is not null))
        {
            errors.Add("subscriptionOnly", "A subscription-only product needs at least one active plan.");
        }

        var (size, cutoff) = input.IsBox ? ReadBox(input, active, errors) : (null, null);
        var collection = input.IsBox ? input.BoxCollection?.Trim() : null;
        if (input.IsBox && string.IsNullOrEmpty(collection))
        {
            errors.Add("boxCollection", "Choose the collection whose products subscribers pick from.");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var ordered = plans.OfType<PlanValues>().OrderBy(p => p.Position).ThenBy(p => p.Row)
            .Select((p, i) => p with { Position = i + 1 }).ToArray();
        return new ProductSubscriptionValues(input.SubscriptionOnly, input.IsBox, size, cutoff, collection, ordered);
    }

    /// <summary>The form key of a plan's field (<c>plans[2].trialDays</c>).</summary>
    public static string Key(int row, string field) => string.Create(CultureInfo.InvariantCulture, $"plans[{row}].{field}");

    private static PlanValues? ReadPlan(PlanInput plan, int row, string currency, CatalogErrors errors)
    {
        var before = errors.ByField.Count;
        Guid? id = null;
        if (!string.IsNullOrWhiteSpace(plan.Id))
        {
            id = Guid.TryParse(plan.Id, out var parsed) ? parsed : null;
            if (id is null)
            {
                errors.Add(Key(row, "name"), "This plan is not one of this product's plans. Reload the page and try again.");
            }
        }

        var name = plan.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(Key(row, "name"), "Name the plan, e.g. Monthly.");
        }
        else if (name.Length > MaxName)
        {
            errors.Add(Key(row, "name"), $"Use at most {MaxName} characters.");
        }

        var unit = ReadUnit(plan.Interval);
        if (unit is null)
        {
            errors.Add(Key(row, "interval"), "Choose days, weeks, months or years.");
        }

        var count = unit is { } u
            ? Whole(plan.IntervalCount, 1, 1, MaxIntervalCount(u), Key(row, "intervalCount"), $"Enter a whole number of {Plural(u)} from 1 to {MaxIntervalCount(u)}.", errors)
            : null;
        var discount = Percent(plan.DiscountPercent, Key(row, "discountPercent"), errors);
        var fixedPrice = ReadFixedPrice(plan.FixedPrice, currency, Key(row, "fixedPrice"), errors);
        if (fixedPrice is not null && discount > 0)
        {
            errors.Add(Key(row, "discountPercent"), "Give either a discount or a fixed price, not both.");
        }

        var trial = Whole(plan.TrialDays, 0, 0, MaxTrialDays, Key(row, "trialDays"), $"Enter a whole number of days from 0 to {MaxTrialDays}.", errors);
        var setupFee = ReadSetupFee(plan.SetupFee, currency, Key(row, "setupFee"), errors);
        var prepaid = Whole(plan.PrepaidCycles, 1, 1, MaxPrepaidCycles, Key(row, "prepaidCycles"), $"Enter a whole number of cycles from 1 (pay each cycle) to {MaxPrepaidCycles}.", errors);
        var prepaidDiscount = Percent(plan.PrepaidDiscountPercent, Key(row, "prepaidDiscountPercent"), errors);
        if (prepaid == 1 && prepaidDiscount > 0)
        {
            errors.Add(Key(row, "prepaidDiscountPercent"), "A prepaid discount needs at least 2 prepaid cycles.");
        }

        var minimum = Whole(plan.MinimumCycles, 0, 0, MaxMinimumCycles, Key(row, "minimumCycles"), $"Enter a whole number of cycles from 0 (cancel any time) to {MaxMinimumCycles}.", errors);
        var maximum = string.IsNullOrWhiteSpace(plan.MaximumCycles) ? null
            : Whole(plan.MaximumCycles, 0, 1, MaxMaximumCycles, Key(row, "maximumCycles"), $"Enter a whole number of cycles from 1 to {MaxMaximumCycles}, or leave it empty to renew until canceled.", errors);
        if (maximum is { } max && minimum is { } min && max < min)
        {
            errors.Add(Key(row, "maximumCycles"), $"A plan cannot end before its minimum term of {min} cycles.");
        }
        else if (maximum is { } total && prepaid is > 1 and { } block && total % block != 0)
        {
            errors.Add(Key(row, "maximumCycles"), $"Use a multiple of the {block} prepaid cycles, so the last charge is not cut short.");
        }

        var position = Whole(plan.Position, row + 1, 1, MaxPosition, Key(row, "position"), $"Enter a position from 1 to {MaxPosition}.", errors);
        return errors.ByField.Count != before || unit is null || count is null || trial is null || prepaid is null || minimum is null || position is null
            ? null
            : new PlanValues(row, id, name, position.Value, plan.IsActive, unit.Value, count.Value, discount ?? 0, fixedPrice, trial.Value,
                setupFee ?? Amount.Zero(currency), prepaid.Value, prepaidDiscount ?? 0, minimum.Value, maximum);
    }

    private static (int? Size, int? Cutoff) ReadBox(ProductSubscriptionInput input, List<PlanValues> active, CatalogErrors errors)
    {
        if (active.Count == 0)
        {
            errors.Add("isBox", "A box needs at least one active plan.");
        }

        var size = string.IsNullOrWhiteSpace(input.BoxSize)
            ? Missing("boxSize", "Enter how many items go in each box.", errors)
            : Whole(input.BoxSize, 0, 1, MaxBoxSize, "boxSize", $"Enter a whole number of items from 1 to {MaxBoxSize}.", errors);
        var cutoff = Whole(input.BoxCutoffDays, 0, 0, MaxBoxCutoffDays, "boxCutoffDays", $"Enter a whole number of days from 0 to {MaxBoxCutoffDays}.", errors);
        var shortest = active.Count == 0 ? (int?)null : active.Min(p => ApproximateDays(p.Unit) * p.IntervalCount);
        if (cutoff is { } days && shortest is { } interval && days >= interval)
        {
            errors.Add("boxCutoffDays", $"Make the cutoff shorter than the shortest plan's interval ({interval} days), or boxes would lock as soon as they open.");
        }

        return (size, cutoff);
    }

    // The shortest a unit can be: a cutoff must fit into every interval, February included.
    private static int ApproximateDays(IntervalUnit unit) => unit switch
    {
        IntervalUnit.Day => 1,
        IntervalUnit.Week => 7,
        IntervalUnit.Month => 28,
        _ => 365,
    };
}
