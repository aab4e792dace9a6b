namespace WalkingDrum.Subscriptions.Models;

/// <summary>What happened in one entry of a subscription's timeline.</summary>
public enum SubscriptionEventKind
{
    Started,
    TrialEnded,
    Renewed,
    PrepaidCycleStarted,
    RenewalSkipped,
    SkipScheduled,
    SkipUndone,
    ItemSwapped,
    QuantityChanged,
    PlanChanged,
    NextBillingDateChanged,
    PaymentMethodUpdated,
    Paused,
    Resumed,
    CancelScheduled,
    CancelUndone,
    Canceled,
    Reactivated,
    PaymentFailed,
    MarkedUnpaid,
    Expired,
    GiftConverted,
    GiftNotified,
}
