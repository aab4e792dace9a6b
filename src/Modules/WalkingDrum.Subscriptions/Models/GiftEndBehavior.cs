namespace WalkingDrum.Subscriptions.Models;

/// <summary>What a gift subscription does once its prepaid cycles are served.</summary>
public enum GiftEndBehavior
{
    /// <summary>Ends with the last prepaid cycle.</summary>
    Expire,

    /// <summary>Renews on the recipient's own card.</summary>
    ConvertToSelfPaid,
}
