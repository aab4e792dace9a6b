namespace WalkingDrum.Subscriptions.Models;

/// <summary>Cancellation, pauses, skips, coupon, credit, dunning and gift state.</summary>
public sealed partial class Subscription
{
    public const int MaxCancelReasonLength = 500;
    public const int MaxGiftMessageLength = 1000;

    /// <summary>Ends when the current period ends instead of renewing.</summary>
    public bool CancelAtPeriodEnd { get; set; }

    /// <summary>When cancellation was asked for (now, or ahead for the period end).</summary>
    public DateTimeOffset? CanceledAt { get; set; }

    public string? CancelReason { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    /// <summary>When a pause ends and billing starts again.</summary>
    public DateTimeOffset? ResumeAt { get; set; }

    /// <summary>For a pause of whole cycles, how many it skips; <see cref="ResumeAt"/> is computed from it.</summary>
    public int? PauseCyclesRemaining { get; set; }

    /// <summary>The next renewal advances the period without a charge.</summary>
    public bool SkipNextRenewal { get; set; }

    /// <summary>The Commerce coupon that discounts renewals; no foreign key, coupons can be deleted.</summary>
    public Guid? CouponId { get; set; }

    public string? CouponCode { get; set; }

    /// <summary>Whole percent off each renewal.</summary>
    public int? CouponPercentOff { get; set; }

    /// <summary>Fixed amount off each renewal, capped at its subtotal.</summary>
    public long? CouponAmountOffMinor { get; set; }

    /// <summary>Renewals the coupon still discounts; null for every renewal.</summary>
    public int? CouponCyclesRemaining { get; set; }

    /// <summary>Credit (from downgrades) taken off the next invoices before charging.</summary>
    public long CreditBalanceMinor { get; set; }

    /// <summary>Failed charges of the renewal currently being retried.</summary>
    public int FailedAttempts { get; set; }

    public DateTimeOffset? NextRetryAt { get; set; }

    /// <summary>Set for a gift; <see cref="Email"/> is then the recipient's too.</summary>
    public string? GiftRecipientEmail { get; set; }

    public string? GiftMessage { get; set; }

    /// <summary>When the recipient is told about the gift.</summary>
    public DateTimeOffset? GiftNotifyAt { get; set; }

    public bool GiftNotified { get; set; }

    /// <summary>Cycles the giver paid for.</summary>
    public int? GiftPrepaidCycles { get; set; }

    public GiftEndBehavior? GiftEndBehavior { get; set; }

    /// <summary>When the gift turned into a subscription the recipient pays for.</summary>
    public DateTimeOffset? GiftConvertedAt { get; set; }

    public bool HasCoupon => CouponPercentOff is not null || CouponAmountOffMinor is not null;
}
