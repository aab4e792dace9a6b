using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Plans;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Plans;

public sealed class PlanPricingTests
{
    private static SubscriptionPlan Plan(
        IntervalUnit unit = IntervalUnit.Month, int count = 1, int discount = 0, long? fixedMinor = null, int trial = 0, long setupMinor = 0,
        int prepaid = 1, int prepaidDiscount = 0, int minimum = 0, int? maximum = null, string currency = "EUR")
    {
        var plan = new SubscriptionPlan
        {
            Name = "Plan", IntervalUnit = unit, IntervalCount = count, DiscountPercent = discount, TrialDays = trial,
            PrepaidCycles = prepaid, PrepaidDiscountPercent = prepaidDiscount, MinimumCycles = minimum, MaximumCycles = maximum,
        };
        plan.SetPrices(fixedMinor is { } f ? new Amount(f, currency) : null, new Amount(setupMinor, currency));
        return plan;
    }

    private static Amount Eur(long minor) => new(minor, "EUR");

    [Theory]
    [InlineData(1995, 10, 1795)] // 199.5 off rounds to 200
    [InlineData(1250, 15, 1062)] // 187.5 off rounds to 188
    [InlineData(1000, 15, 850)]
    [InlineData(1, 50, 0)] // half a cent off rounds to a whole cent
    [InlineData(3, 50, 1)]
    [InlineData(999, 0, 999)]
    [InlineData(-1995, 10, -1795)] // away from zero on either side
    public void Percentages_round_the_discount_half_away_from_zero(long minor, int percent, long expected) =>
        Assert.Equal(Eur(expected), PlanPricing.PercentOff(Eur(minor), percent));

    [Fact]
    public void Currencies_without_decimals_round_to_whole_units() =>
        Assert.Equal(new Amount(1349, "JPY"), PlanPricing.PercentOff(new Amount(1499, "JPY"), 10)); // 149.9 off rounds to 150

    public static TheoryData<SubscriptionPlan, long, int, long, long> Lines => new()
    {
        // plan, variant price, quantity → due now, each renewal
        { Plan(), 2000, 1, 2000, 2000 },
        { Plan(discount: 10), 2000, 3, 5400, 5400 },
        { Plan(trial: 14), 2000, 2, 0, 4000 },
        { Plan(trial: 14, setupMinor: 500), 2000, 2, 500, 4000 },
        { Plan(setupMinor: 500), 2000, 2, 4500, 4000 },
        { Plan(fixedMinor: 1500), 2000, 2, 3000, 3000 },
        { Plan(fixedMinor: 1500, setupMinor: 250), 9900, 1, 1750, 1500 },
        { Plan(prepaid: 3), 2000, 1, 6000, 6000 },
        { Plan(prepaid: 3, prepaidDiscount: 10), 2000, 2, 10800, 10800 },
        { Plan(discount: 10, prepaid: 3, prepaidDiscount: 5), 1995, 1, 5116, 5116 }, // 1795 × 3 = 5385, 269.25 off rounds to 269
        { Plan(trial: 7, prepaid: 3, prepaidDiscount: 5, setupMinor: 100), 1995, 1, 100, 5686 }, // 5985, 299.25 off
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_line_costs_the_setup_fee_and_the_first_charge_now_and_the_charge_at_each_renewal(
        SubscriptionPlan plan, long variantMinor, int quantity, long dueNow, long renewal)
    {
        Assert.Equal(Eur(dueNow), PlanPricing.DueNow(plan, Eur(variantMinor), quantity));
        Assert.Equal(Eur(renewal), PlanPricing.RenewalCharge(plan, Eur(variantMinor), quantity));
    }

    [Fact]
    public void The_recurring_unit_price_follows_the_variant_unless_the_plan_fixes_it()
    {
        Assert.Equal(Eur(1800), PlanPricing.RecurringUnitPrice(Plan(discount: 10), Eur(2000)));
        Assert.Equal(Eur(1500), PlanPricing.RecurringUnitPrice(Plan(fixedMinor: 1500), Eur(2000)));
    }

    [Fact]
    public void A_plan_prices_only_in_the_currency_of_its_own_amounts()
    {
        Assert.True(PlanPricing.CanPrice(Plan(discount: 10, currency: "USD"), "EUR"));
        Assert.False(PlanPricing.CanPrice(Plan(fixedMinor: 1500, currency: "USD"), "EUR"));
        Assert.False(PlanPricing.CanPrice(Plan(setupMinor: 100, currency: "USD"), "EUR"));
        Assert.True(PlanPricing.CanPrice(Plan(fixedMinor: 1500, currency: "EUR"), "eur"));
    }

    public static TheoryData<SubscriptionPlan, string, string> Wording => new()
    {
        { Plan(), "Every month", "Then €20.00 every month." },
        { Plan(IntervalUnit.Week, 2, discount: 10, trial: 14), "Every 2 weeks · 10% off", "Then €18.00 every 2 weeks after a 14-day trial." },
        { Plan(IntervalUnit.Year, fixedMinor: 18000), "Every year", "Then €180.00 every year." },
        { Plan(IntervalUnit.Day, 10), "Every 10 days", "Then €20.00 every 10 days." },
        {
            Plan(prepaid: 3, prepaidDiscount: 10, minimum: 3, maximum: 12), "Every month · 3 cycles prepaid",
            "Then €54.00 every 3 months, paid up front for 3 cycles of 1 month, ending after 12 months; cancel any time after 3 months."
        },
        { Plan(IntervalUnit.Week, 2, minimum: 2), "Every 2 weeks", "Then €20.00 every 2 weeks; cancel any time after 4 weeks." },
    };

    [Theory]
    [MemberData(nameof(Wording))]
    public void Labels_and_terms_say_how_often_and_how_much(SubscriptionPlan plan, string label, string terms)
    {
        Assert.Equal(label, PlanPricing.Label(plan));
        Assert.Equal(terms, PlanPricing.Terms(plan, Eur(2000), 1));
    }
}
