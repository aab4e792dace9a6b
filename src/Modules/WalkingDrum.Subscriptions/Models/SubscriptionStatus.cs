namespace WalkingDrum.Subscriptions.Models;

/// <summary>Where a subscription stands in its life.</summary>
public enum SubscriptionStatus
{
    /// <summary>In the free trial; the first charge is due when it ends.</summary>
    Trialing,

    /// <summary>Paid and renewing.</summary>
    Active,

    /// <summary>A renewal failed and is being retried on the dunning schedule.</summary>
    PastDue,

    /// <summary>Renewals are held until the resume date.</summary>
    Paused,

    /// <summary>Ended by the subscriber, the merchant or failed payments.</summary>
    Canceled,

    /// <summary>Retries ran out; kept open so a later payment can recover it.</summary>
    Unpaid,

    /// <summary>Ran its course: the maximum cycles were served or a gift ended.</summary>
    Expired,
}
