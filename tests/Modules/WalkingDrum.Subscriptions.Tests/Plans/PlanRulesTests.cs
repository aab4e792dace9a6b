using WalkingDrum.Commerce.Services;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Plans;
using Xunit;

namespace WalkingDrum.Subscriptions.Tests.Plans;

public sealed class PlanRulesTests
{
    private static PlanInput Plan(string name = "Monthly", string? interval = "month", string? count = null, string? discount = null,
        string? fixedPrice = null, string? trial = null, string? setupFee = null, string? prepaid = null, string? prepaidDiscount = null,
        string? minimum = null, string? maximum = null, string? position = null, bool active = true, string? id = null) =>
        new(id, name, position, active, interval, count, discount, fixedPrice, trial, setupFee, prepaid, prepaidDiscount, minimum, maximum);

    private static (ProductSubscriptionValues? Values, CatalogErrors Errors) Read(ProductSubscriptionInput input)
    {
        var errors = new CatalogErrors();
        return (PlanRules.Read(input, "EUR", errors), errors);
    }

    private static (ProductSubscriptionValues? Values, CatalogErrors Errors) Read(params PlanInput[] plans) =>
        Read(new ProductSubscriptionInput(false, false, null, null, null, plans));

    [Fact]
    public void Empty_values_take_the_defaults()
    {
        var (values, errors) = Read(Plan());

        Assert.True(errors.IsEmpty, errors.ToString());
        var plan = Assert.Single(values!.Plans);
        Assert.Equal((IntervalUnit.Month, 1, 0, (long?)null, 0, 0L, 1, 0, 0, (int?)null, true, 1),
            (plan.Unit, plan.IntervalCount, plan.DiscountPercent, plan.FixedPrice?.MinorUnits, plan.TrialDays, plan.SetupFee.MinorUnits,
             plan.PrepaidCycles, plan.PrepaidDiscountPercent, plan.MinimumCycles, plan.MaximumCycles, plan.IsActive, plan.Position));
        Assert.Equal("EUR", plan.SetupFee.Currency);
    }

    [Fact]
    public void Every_value_is_read_from_the_merchants_text()
    {
        var (values, errors) = Read(Plan(" Every 2 weeks ", "WEEK", "2", "10%", null, "14", "4.50", "3", "5", "3", "12"));

        Assert.True(errors.IsEmpty, errors.ToString());
        var plan = Assert.Single(values!.Plans);
        Assert.Equal(("Every 2 weeks", IntervalUnit.Week, 2, 10, 14, 450L, 3, 5, 3, (int?)12),
            (plan.Name, plan.Unit, plan.IntervalCount, plan.DiscountPercent, plan.TrialDays, plan.SetupFee.MinorUnits,
             plan.PrepaidCycles, plan.PrepaidDiscountPercent, plan.MinimumCycles, plan.MaximumCycles));
    }

    [Theory]
    [InlineData("", "month", null, "plans[0].name", "Name the plan")]
    [InlineData("Monthly", "fortnight", null, "plans[0].interval", "Choose days, weeks, months or years.")]
    [InlineData("Monthly", "day", "366", "plans[0].intervalCount", "from 1 to 365")]
    [InlineData("Monthly", "week", "53", "plans[0].intervalCount", "weeks from 1 to 52")]
    [InlineData("Monthly", "month", "25", "plans[0].intervalCount", "months from 1 to 24")]
    [InlineData("Monthly", "year", "6", "plans[0].intervalCount", "years from 1 to 5")]
    [InlineData("Monthly", "month", "0", "plans[0].intervalCount", "from 1 to 24")]
    [InlineData("Monthly", "month", "1.5", "plans[0].intervalCount", "whole number")]
    public void Names_and_intervals_are_checked(string name, string interval, string? count, string key, string message)
    {
        var (values, errors) = Read(Plan(name, interval, count));

        Assert.Null(values);
        Assert.Contains(errors.ByField[key], m => m.Contains(message, StringComparison.Ordinal));
    }

    public static TheoryData<PlanInput, string, string> BadTerms => new()
    {
        { Plan(discount: "91"), "plans[0].discountPercent", "from 0 to 90" },
        { Plan(discount: "-5"), "plans[0].discountPercent", "from 0 to 90" },
        { Plan(discount: "10", fixedPrice: "9.00"), "plans[0].discountPercent", "either a discount or a fixed price, not both" },
        { Plan(fixedPrice: "0"), "plans[0].fixedPrice", "above zero" },
        { Plan(fixedPrice: "12,50"), "plans[0].fixedPrice", "Use a point for decimals" },
        { Plan(fixedPrice: "9.999"), "plans[0].fixedPrice", "EUR amounts have at most 2 decimals." },
        { Plan(trial: "366"), "plans[0].trialDays", "from 0 to 365" },
        { Plan(setupFee: "-1"), "plans[0].setupFee", "zero or more" },
        { Plan(prepaid: "0"), "plans[0].prepaidCycles", "from 1 (pay each cycle) to 24" },
        { Plan(prepaid: "25"), "plans[0].prepaidCycles", "to 24" },
        { Plan(prepaidDiscount: "5"), "plans[0].prepaidDiscountPercent", "needs at least 2 prepaid cycles" },
        { Plan(prepaid: "3", prepaidDiscount: "95"), "plans[0].prepaidDiscountPercent", "from 0 to 90" },
        { Plan(minimum: "121"), "plans[0].minimumCycles", "to 120" },
        { Plan(maximum: "0"), "plans[0].maximumCycles", "from 1 to 999" },
        { Plan(minimum: "6", maximum: "3"), "plans[0].maximumCycles", "cannot end before its minimum term of 6 cycles" },
        { Plan(prepaid: "3", maximum: "10"), "plans[0].maximumCycles", "multiple of the 3 prepaid cycles" },
        { Plan(position: "abc"), "plans[0].position", "position from 1 to 999" },
        { Plan(name: new string('x', 61)), "plans[0].name", "at most 60 characters" },
        { Plan(id: "not-a-guid"), "plans[0].name", "not one of this product's plans" },
    };

    [Theory]
    [MemberData(nameof(BadTerms))]
    public void Terms_are_checked_field_by_field(PlanInput plan, string key, string message)
    {
        var (values, errors) = Read(plan);

        Assert.Null(values);
        Assert.True(errors.Has(key), errors.ToString());
        Assert.Contains(errors.ByField[key], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_row_reports_its_own_problems_under_its_own_index()
    {
        var (_, errors) = Read(Plan("Monthly"), Plan("monthly"), Plan("Weekly", "week", "60"));

        Assert.Contains("Another plan is already called monthly.", errors.ByField["plans[1].name"]);
        Assert.True(errors.Has("plans[2].intervalCount"));
        Assert.False(errors.Has("plans[0].name"));
    }

    [Fact]
    public void Removed_rows_are_not_checked_and_the_rest_are_ordered_by_position()
    {
        var (values, errors) = Read(Plan("B", position: "5"), Plan("", interval: "nonsense") with { Remove = true }, Plan("A", position: "2"), Plan("C"));

        Assert.True(errors.IsEmpty, errors.ToString());
        Assert.Equal([("A", 1), ("C", 2), ("B", 3)], values!.Plans.Select(p => (p.Name, p.Position)));
        Assert.Equal([2, 3, 0], values.Plans.Select(p => p.Row));
    }

    [Fact]
    public void A_product_has_at_most_ten_plans()
    {
        var (_, errors) = Read([.. Enumerable.Range(1, 11).Select(i => Plan($"Plan {i}"))]);

        Assert.Contains("at most 10 plans", errors.ByField["plans"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Subscription_only_needs_an_active_plan()
    {
        var (_, errors) = Read(new ProductSubscriptionInput(true, false, null, null, null, [Plan(active: false)]));

        Assert.Equal(["A subscription-only product needs at least one active plan."], errors.ByField["subscriptionOnly"]);
    }

    [Theory]
    [InlineData(null, "5", "box-coffees", "boxSize", "Enter how many items go in each box.")]
    [InlineData("51", "5", "box-coffees", "boxSize", "from 1 to 50")]
    [InlineData("3", "31", "box-coffees", "boxCutoffDays", "from 0 to 30")]
    [InlineData("3", "7", "box-coffees", "boxCutoffDays", "shorter than the shortest plan's interval (7 days)")]
    [InlineData("3", "5", " ", "boxCollection", "Choose the collection")]
    public void Box_settings_are_checked(string? size, string? cutoff, string? collection, string key, string message)
    {
        var input = new ProductSubscriptionInput(false, true, size, cutoff, collection, [Plan("Weekly", "week"), Plan("Monthly")]);

        var (values, errors) = Read(input);

        Assert.Null(values);
        Assert.Contains(errors.ByField[key], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_is_read_and_settings_are_left_empty_for_a_plain_product()
    {
        var (box, boxErrors) = Read(new ProductSubscriptionInput(true, true, "3", "", "box-coffees", [Plan()]));
        var (plain, _) = Read(new ProductSubscriptionInput(false, false, "3", "5", "box-coffees", [Plan()]));

        Assert.True(boxErrors.IsEmpty, boxErrors.ToString());
        Assert.Equal((true, true, (int?)3, (int?)0, "box-coffees"), (box!.SubscriptionOnly, box.IsBox, box.BoxSize, box.BoxCutoffDays, box.BoxCollectionSlug));
        Assert.Equal(((int?)null, (int?)null, (string?)null, false), (plain!.BoxSize, plain.BoxCutoffDays, plain.BoxCollectionSlug, plain.HasSettings));
    }
}
