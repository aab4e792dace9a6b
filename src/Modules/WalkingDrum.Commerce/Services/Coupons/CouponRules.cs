using System.Globalization;
using System.Text.RegularExpressions;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Coupons;

/// <summary>Whether a coupon applies to a subtotal, and the discount it gives: no database, no clock of its own.</summary>
/// <param name="Discount">The amount off, zero when the coupon does not apply.</param>
/// <param name="Problem">Why it does not apply, fit to show the shopper; null when it does.</param>
public sealed record CouponCheck(Amount Discount, string? Problem)
{
    public bool Applies => Problem is null;
}

/// <summary>The rules of coupons: the merchant's input, and what a code does to a cart.</summary>
public static partial class CouponRules
{
    public const int MaxCycles = 120;
    public const int MaxRedemptionLimit = 1_000_000;

    /// <summary>Dates in shopper messages: 1 Nov 2026.</summary>
    public static string FormatDate(DateTimeOffset moment) => moment.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The form of a code the unique index and lookups use.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    /// <summary>Whether <paramref name="code"/> could be a code at all (shopper input is checked before any lookup).</summary>
    public static bool IsWellFormed(string? code) => code is not null && CodePattern().IsMatch(code.Trim());

    /// <summary>The discount <paramref name="coupon"/> gives on <paramref name="subtotal"/> at <paramref name="now"/>, or why it gives none.</summary>
    public static CouponCheck Check(Coupon coupon, Amount subtotal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        var none = Amount.Zero(subtotal.Currency);
        if (!coupon.Active)
        {
            return new(none, $"The code {coupon.Code} is no longer active.");
        }

        if (coupon.ExpiresAt is { } expires && now >= expires)
        {
            return new(none, $"This code expired on {FormatDate(expires)}.");
        }

        if (coupon.RedemptionLimit is { } limit && coupon.TimesRedeemed >= limit)
        {
            return new(none, "This code has been used the maximum number of times.");
        }

        var usesMoney = coupon.Kind == CouponKind.FixedAmount || coupon.MinimumSubtotalMinor is not null;
        if (usesMoney && !string.Equals(coupon.Currency, subtotal.Currency, StringComparison.Ordinal))
        {
            return new(none, $"This code is for {coupon.Currency} prices and this shop now charges in {subtotal.Currency}.");
        }

        if (coupon.MinimumSubtotal is { } minimum && subtotal < minimum)
        {
            return new(none, $"Spend at least {minimum.ToDisplayString()} to use this code.");
        }

        return new(Discount(coupon, subtotal), null);
    }

    /// <summary>
    /// The amount off: a percentage rounds to the minor unit half away from zero; a fixed amount is
    /// capped at the subtotal; never negative.
    /// </summary>
    public static Amount Discount(Coupon coupon, Amount subtotal)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        if (subtotal.MinorUnits <= 0)
        {
            return Amount.Zero(subtotal.Currency);
        }

        var off = coupon.Kind switch
        {
            CouponKind.Percent => (long)Math.Round(subtotal.MinorUnits * (decimal)(coupon.PercentOff ?? 0) / 100m, MidpointRounding.AwayFromZero),
            _ => coupon.AmountOffMinor ?? 0,
        };
        return new Amount(Math.Clamp(off, 0, subtotal.MinorUnits), subtotal.Currency);
    }

    /// <summary>Letters, digits, dash and underscore; 1 to 40 of them.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$", RegexOptions.CultureInvariant)]
    internal static partial Regex CodePattern();
}
