using System.Globalization;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Coupons;

/// <summary>A coupon's checked values, ready to copy onto a <see cref="Coupon"/>.</summary>
internal sealed record CouponValues(
    string Code, CouponKind Kind, int? PercentOff, Amount? AmountOff, CouponDuration Duration, int? Cycles,
    DateTimeOffset? ExpiresAt, int? RedemptionLimit, Amount? MinimumSubtotal, bool Active)
{
    public void CopyTo(Coupon coupon)
    {
        coupon.Code = Code;
        coupon.NormalizedCode = CouponRules.Normalize(Code);
        coupon.Kind = Kind;
        coupon.PercentOff = PercentOff;
        coupon.AmountOff = AmountOff;
        coupon.MinimumSubtotal = MinimumSubtotal;
        coupon.Duration = Duration;
        coupon.DurationCycles = Cycles;
        coupon.ExpiresAt = ExpiresAt;
        coupon.RedemptionLimit = RedemptionLimit;
        coupon.Active = Active;
    }
}

/// <summary>Reads a <see cref="CouponInput"/> without the database, reporting every problem by field.</summary>
internal static class CouponInputRules
{
    public static CouponValues? Read(CouponInput input, string currency, CatalogErrors errors)
    {
        var code = input.Code?.Trim() ?? "";
        if (code.Length == 0)
        {
            errors.Add(nameof(CouponInput.Code), "Enter a code, e.g. SUMMER10.");
        }
        else if (!CouponRules.CodePattern().IsMatch(code))
        {
            errors.Add(nameof(CouponInput.Code), $"Use up to {Coupon.MaxCodeLength} letters, digits, dashes or underscores, e.g. SUMMER10.");
        }

        var kind = (input.Kind ?? "").Trim().ToUpperInvariant() switch
        {
            "PERCENT" => CouponKind.Percent,
            "FIXED" or "FIXEDAMOUNT" => CouponKind.FixedAmount,
            _ => (CouponKind?)null,
        };
        int? percent = null;
        Amount? amountOff = null;
        var value = input.Value?.Trim() ?? "";
        if (kind is null)
        {
            errors.Add(nameof(CouponInput.Kind), "Choose a percentage or a fixed amount.");
        }
        else if (kind == CouponKind.Percent)
        {
            percent = WholeNumber(value, 1, 100, nameof(CouponInput.Value), "Enter a whole percentage from 1 to 100.", errors);
        }
        else if (value.Length == 0)
        {
            errors.Add(nameof(CouponInput.Value), "Enter the amount off, e.g. 5.00.");
        }
        else
        {
            var (amount, error) = MoneyText.Parse(value, currency);
            if (error is not null || amount is not { MinorUnits: > 0 })
            {
                errors.Add(nameof(CouponInput.Value), error ?? "Enter an amount above zero.");
            }

            amountOff = error is null ? amount : null;
        }

        var duration = (input.Duration ?? "once").Trim().ToUpperInvariant() switch
        {
            "" or "ONCE" => CouponDuration.Once,
            "REPEATING" => CouponDuration.Repeating,
            "FOREVER" => CouponDuration.Forever,
            _ => (CouponDuration?)null,
        };
        if (duration is null)
        {
            errors.Add(nameof(CouponInput.Duration), "Choose once, a number of billing cycles, or forever.");
        }

        int? cycles = duration == CouponDuration.Repeating
            ? WholeNumber(input.Cycles?.Trim() ?? "", 1, CouponRules.MaxCycles, nameof(CouponInput.Cycles),
                $"Enter how many billing cycles, from 1 to {CouponRules.MaxCycles}.", errors)
            : null;

        DateTimeOffset? expiresAt = null;
        var expires = input.ExpiresOn?.Trim() ?? "";
        if (expires.Length > 0)
        {
            if (DateOnly.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 9998)
            {
                expiresAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            else
            {
                errors.Add(nameof(CouponInput.ExpiresOn), "Enter a date such as 2026-11-01, or leave it empty.");
            }
        }

        var limitText = input.RedemptionLimit?.Trim() ?? "";
        int? limit = limitText.Length == 0 ? null
            : WholeNumber(limitText, 1, CouponRules.MaxRedemptionLimit, nameof(CouponInput.RedemptionLimit),
                "Enter a whole number of uses from 1 to 1,000,000, or leave it empty for no limit.", errors);

        Amount? minimum = null;
        var minimumText = input.MinimumSubtotal?.Trim() ?? "";
        if (minimumText.Length > 0)
        {
            var (amount, error) = MoneyText.Parse(minimumText, currency);
            if (error is not null)
            {
                errors.Add(nameof(CouponInput.MinimumSubtotal), error);
            }

            minimum = amount is { MinorUnits: > 0 } ? amount : null;
        }

        return errors.IsEmpty
            ? new CouponValues(code, kind!.Value, percent, amountOff, duration!.Value, cycles, expiresAt, limit, minimum, input.Active)
            : null;
    }

    private static int? WholeNumber(string text, int min, int max, string field, string message, CatalogErrors errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(field, message);
        return null;
    }
}
