namespace WalkingDrum.Commerce.Models;

/// <summary>Where an order's money stands.</summary>
public enum OrderPaymentStatus
{
    /// <summary>Paid in full, nothing given back.</summary>
    Paid,

    /// <summary>Part of the payment was refunded.</summary>
    PartiallyRefunded,

    /// <summary>All of the payment was refunded.</summary>
    Refunded,
}

/// <summary>Where an order's goods stand.</summary>
public enum OrderFulfillmentStatus
{
    /// <summary>Paid and waiting to be packed and sent.</summary>
    Unfulfilled,

    /// <summary>Sent to the shopper.</summary>
    Fulfilled,

    /// <summary>Will not be sent (refunded or called off).</summary>
    Canceled,
}
