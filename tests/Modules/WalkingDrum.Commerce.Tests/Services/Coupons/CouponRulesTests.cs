using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Core.Money;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Coupons;

public sealed class CouponRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 31, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(10, 1999, 200)] // 199.9 rounds up
    [InlineData(15, 1999, 300)] // 299.85 rounds up
    [InlineData(50, 1, 1)] // 0.5 rounds half away from zero
    [InlineData(50, 3, 2)] // 1.5 → 2
    [InlineData(25, 2, 1)] // 0.5 → 1
    [InlineData(10, 4, 0)] // 0.4 → 0
    [InlineData(100, 1234, 1234)]
    [InlineData(33, 0, 0)]
    public void Percent_rounds_to_the_minor_unit_half_away_from_zero(int percent, long subtotal, long expected)
    {
        var coupon = Percent(percent);

        Assert.Equal(new Amount(expected, "EUR"), CouponRules.Discount(coupon, new Amount(subtotal, "EUR")));
    }

    [Theory]
    [InlineData(500, 2000, 500)]
    [InlineData(500, 300, 300)] // capped at the subtotal
    [InlineData(500, 0, 0)]
    public void Fixed_amounts_are_capped_at_the_subtotal_and_never_negative(long off, long subtotal, long expected)
    {
        var coupon = Fixed(off);

        var discount = CouponRules.Discount(coupon, new Amount(subtotal, "EUR"));

        Assert.Equal(new Amount(expected, "EUR"), discount);
        Assert.True(new Amount(subtotal, "EUR") - discount >= Amount.Zero("EUR"));
    }

    [Theory]
    [InlineData("applies", 5000, null)]
    [InlineData("below the minimum", 2999, "Spend at least €30.00 to use this code.")]
    [InlineData("at the minimum", 3000, null)]
    [InlineData("expired a moment ago", 5000, "This code expired on 31 Oct 2026.")]
    [InlineData("expires a moment later", 5000, null)]
    [InlineData("long expired", 5000, "This code expired on 1 Oct 2026.")]
    [InlineData("limit reached", 5000, "This code has been used the maximum number of times.")]
    [InlineData("limit not reached", 5000, null)]
    [InlineData("inactive", 5000, "The code SAVE is no longer active.")]
    [InlineData("fixed in another currency", 5000, "This code is for USD prices and this shop now charges in EUR.")]
    [InlineData("percent without money is any currency", 5000, null)]
    public void Whether_a_code_applies_and_why_not(string situation, long subtotal, string? problem)
    {
        var check = CouponRules.Check(Situation(situation), new Amount(subtotal, "EUR"), Now);

        Assert.True(problem == check.Problem, $"{situation}: {check.Problem}");
        Assert.Equal(problem is null, check.Discount.MinorUnits > 0);
    }

    [Theory]
    [InlineData("", "percent", "10", "once", "", "Code", "Enter a code, e.g. SUMMER10.")]
    [InlineData("SUMMER 10", "percent", "10", "once", "", "Code", "letters, digits, dashes or underscores")]
    [InlineData("SUMMER10", "percent", "0", "once", "", "Value", "from 1 to 100")]
    [InlineData("SUMMER10", "percent", "101", "once", "", "Value", "from 1 to 100")]
    [InlineData("SUMMER10", "percent", "12.5", "once", "", "Value", "whole percentage")]
    [InlineData("SUMMER10", "fixed", "0", "once", "", "Value", "above zero")]
    [InlineData("SUMMER10", "fixed", "-5", "once", "", "Value", "zero or more")]
    [InlineData("SUMMER10", "fixed", "5.001", "once", "", "Value", "at most 2 decimals")]
    [InlineData("SUMMER10", "bogus", "5", "once", "", "Kind", "percentage or a fixed amount")]
    [InlineData("SUMMER10", "percent", "5", "weekly", "", "Duration", "once, a number of billing cycles, or forever")]
    [InlineData("SUMMER10", "percent", "5", "repeating", "", "Cycles", "from 1 to 120")]
    [InlineData("SUMMER10", "percent", "5", "repeating", "121", "Cycles", "from 1 to 120")]
    public void Bad_input_is_reported_by_field(string code, string kind, string value, string duration, string cycles, string field, string message)
    {
        var errors = new CatalogErrors();

        var values = CouponInputRules.Read(new CouponInput(code, kind, value, duration, cycles, null, null, null, true), "EUR", errors);

        Assert.Null(values);
        Assert.Contains(errors.ByField[field], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Good_input_reads_every_setting()
    {
        var errors = new CatalogErrors();

        var values = CouponInputRules.Read(new CouponInput(" brew5 ", "fixed", "5.00", "repeating", "3", "2026-11-01", "100", "30.00", true), "EUR", errors);

        Assert.True(errors.IsEmpty, errors.ToString());
        Assert.Equal(("brew5", CouponKind.FixedAmount, new Amount(500, "EUR"), CouponDuration.Repeating, 3), (values!.Code, values.Kind, values.AmountOff!.Value, values.Duration, values.Cycles!.Value));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), values.ExpiresAt);
        Assert.Equal((100, new Amount(3000, "EUR")), (values.RedemptionLimit!.Value, values.MinimumSubtotal!.Value));
        Assert.Equal("BREW5", CouponRules.Normalize(values.Code));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01/11/2026")]
    [InlineData("tomorrow")]
    public void Bad_dates_and_limits_are_refused(string date)
    {
        var errors = new CatalogErrors();

        CouponInputRules.Read(new CouponInput("A", "percent", "5", "once", null, date, "0", "abc", true), "EUR", errors);

        Assert.True(errors.Has("ExpiresOn"));
        Assert.True(errors.Has("RedemptionLimit"));
        Assert.True(errors.Has("MinimumSubtotal"));
    }

    private static Coupon Situation(string name) => name switch
    {
        "below the minimum" or "at the minimum" => WithMinimum(Percent(10), 3000),
        "expired a moment ago" => Expiring(Percent(10), Now),
        "expires a moment later" => Expiring(Percent(10), Now.AddTicks(1)),
        "long expired" => Expiring(Percent(10), new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)),
        "limit reached" => Limited(Percent(10), 3, 3),
        "limit not reached" => Limited(Percent(10), 3, 2),
        "inactive" => Inactive(Percent(10)),
        "fixed in another currency" => InCurrency(Fixed(500), "USD"),
        "percent without money is any currency" => InCurrency(Percent(10), "USD"),
        _ => Percent(10),
    };

    private static Coupon Percent(int percent) =>
        new() { Code = "SAVE", NormalizedCode = "SAVE", Kind = CouponKind.Percent, PercentOff = percent, Currency = "EUR" };

    private static Coupon Fixed(long minor) =>
        new() { Code = "SAVE", NormalizedCode = "SAVE", Kind = CouponKind.FixedAmount, AmountOff = new Amount(minor, "EUR") };

    private static Coupon WithMinimum(Coupon coupon, long minor)
    {
        coupon.MinimumSubtotal = new Amount(minor, coupon.Currency);
        return coupon;
    }

    private static Coupon Expiring(Coupon coupon, DateTimeOffset at)
    {
        coupon.ExpiresAt = at;
        return coupon;
    }

    private static Coupon Limited(Coupon coupon, int limit, int used)
    {
        (coupon.RedemptionLimit, coupon.TimesRedeemed) = (limit, used);
        return coupon;
    }

    private static Coupon Inactive(Coupon coupon)
    {
        coupon.Active = false;
        return coupon;
    }

    private static Coupon InCurrency(Coupon coupon, string currency)
    {
        coupon.AmountOff = coupon.AmountOff is { } off ? new Amount(off.MinorUnits, currency) : null;
        coupon.Currency = currency;
        return coupon;
    }
}
