using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Commerce.Services.Coupons;

namespace WalkingDrum.Commerce.Pages.Admin.Coupons;

/// <summary>The coupon editor's fields as posted; names match <see cref="CouponInput"/> so errors land on them.</summary>
public sealed class CouponForm
{
    public string? Code { get; set; }

    public string? Kind { get; set; } = "percent";

    public string? Value { get; set; }

    public string? Duration { get; set; } = "once";

    public string? Cycles { get; set; }

    public string? ExpiresOn { get; set; }

    public string? RedemptionLimit { get; set; }

    public string? MinimumSubtotal { get; set; }

    public bool Active { get; set; } = true;

    public CouponInput ToInput() => new(Code, Kind, Value, Duration, Cycles, ExpiresOn, RedemptionLimit, MinimumSubtotal, Active);

    public static CouponForm From(Coupon coupon)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        return new CouponForm
        {
            Code = coupon.Code,
            Kind = coupon.Kind == CouponKind.Percent ? "percent" : "fixed",
            Value = coupon.Kind == CouponKind.Percent ? coupon.PercentOff?.ToString(CultureInfo.InvariantCulture) : coupon.AmountOff?.ToMajorString(),
            Duration = coupon.Duration switch { CouponDuration.Repeating => "repeating", CouponDuration.Forever => "forever", _ => "once" },
            Cycles = coupon.DurationCycles?.ToString(CultureInfo.InvariantCulture),
            ExpiresOn = coupon.ExpiresAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RedemptionLimit = coupon.RedemptionLimit?.ToString(CultureInfo.InvariantCulture),
            MinimumSubtotal = coupon.MinimumSubtotal?.ToMajorString(),
            Active = coupon.Active,
        };
    }

    /// <summary>What the list shows for a coupon's value: "15% off", "€5.00 off".</summary>
    public static string Describe(Coupon coupon)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        var off = coupon.Kind == CouponKind.Percent
            ? string.Create(CultureInfo.InvariantCulture, $"{coupon.PercentOff}% off")
            : $"{coupon.AmountOff?.ToDisplayString()} off";
        var duration = coupon.Duration switch
        {
            CouponDuration.Repeating => string.Create(CultureInfo.InvariantCulture, $", {coupon.DurationCycles} billing cycles"),
            CouponDuration.Forever => ", forever",
            _ => "",
        };
        return off + duration;
    }

    /// <summary>What the list shows for a coupon's use: "3", or "3 of 100" with a limit.</summary>
    public static string Usage(Coupon coupon)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        return coupon.RedemptionLimit is { } limit
            ? string.Create(CultureInfo.InvariantCulture, $"{coupon.TimesRedeemed} of {limit}")
            : coupon.TimesRedeemed.ToString(CultureInfo.InvariantCulture);
    }

    public static void ShowErrors(ModelStateDictionary state, CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors.ByField)
        {
            foreach (var message in messages)
            {
                state.AddModelError("Input." + field, message);
            }
        }
    }
}
