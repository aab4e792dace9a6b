namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>What a subscription becomes when its renewal cannot be collected after every retry.</summary>
public enum DunningOutcome
{
    /// <summary>Canceled: it ends now.</summary>
    Cancel,

    /// <summary>Unpaid: kept without access, so a later payment can bring it back.</summary>
    MarkUnpaid,
}
