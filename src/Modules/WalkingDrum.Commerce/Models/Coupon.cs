using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Models;

/// <summary>
/// A discount code of one shop: a percentage or a fixed amount off the order subtotal, with an
/// optional expiry, redemption limit and minimum subtotal. Codes are unique per shop whatever
/// their letter case.
/// </summary>
public sealed class Coupon : ITenantOwned
{
    /// <summary>Longest code accepted.</summary>
    public const int MaxCodeLength = 40;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The code as the merchant wrote it.</summary>
    public required string Code { get; set; }

    /// <summary>Upper-case code; what lookups and the unique index use.</summary>
    public required string NormalizedCode { get; set; }

    public CouponKind Kind { get; set; }

    /// <summary>Whole percent off (1–100) for <see cref="CouponKind.Percent"/>.</summary>
    public int? PercentOff { get; set; }

    public long? AmountOffMinor { get; private set; }

    public long? MinimumSubtotalMinor { get; private set; }

    /// <summary>Currency of the fixed amount and of the minimum subtotal (the shop's when created).</summary>
    public string Currency { get; set; } = "USD";

    public CouponDuration Duration { get; set; }

    /// <summary>Billing cycles the discount lasts for <see cref="CouponDuration.Repeating"/>.</summary>
    public int? DurationCycles { get; set; }

    /// <summary>The moment the code stops working; it works while the clock is before it.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>How many orders may use the code in all; null for no limit.</summary>
    public int? RedemptionLimit { get; set; }

    /// <summary>Orders that used the code, counted by one guarded UPDATE per order.</summary>
    public int TimesRedeemed { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The amount off for <see cref="CouponKind.FixedAmount"/>.</summary>
    public Amount? AmountOff
    {
        get => AmountOffMinor is { } minor ? new Amount(minor, Currency) : null;
        set => AmountOffMinor = Set(value);
    }

    /// <summary>The subtotal an order must reach to use the code.</summary>
    public Amount? MinimumSubtotal
    {
        get => MinimumSubtotalMinor is { } minor ? new Amount(minor, Currency) : null;
        set => MinimumSubtotalMinor = Set(value);
    }

    private long? Set(Amount? value)
    {
        if (value is { } amount)
        {
            Currency = amount.Currency;
        }

        return value?.MinorUnits;
    }
}

/// <summary>How a coupon takes money off.</summary>
public enum CouponKind
{
    /// <summary>A whole percentage of the subtotal.</summary>
    Percent,

    /// <summary>A fixed amount, never more than the subtotal.</summary>
    FixedAmount,
}

/// <summary>How long a coupon keeps applying to a subscription (one-time orders use it once).</summary>
public enum CouponDuration
{
    /// <summary>The first order or billing cycle only.</summary>
    Once,

    /// <summary>A given number of billing cycles.</summary>
    Repeating,

    /// <summary>Every billing cycle.</summary>
    Forever,
}
