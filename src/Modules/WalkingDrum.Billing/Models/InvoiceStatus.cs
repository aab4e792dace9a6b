namespace WalkingDrum.Billing.Models;

/// <summary>Where an invoice stands.</summary>
public enum InvoiceStatus
{
    /// <summary>Issued and waiting for payment.</summary>
    Open,

    /// <summary>Paid in full.</summary>
    Paid,

    /// <summary>Cancelled before it was paid; nothing is owed.</summary>
    Void,

    /// <summary>Given up on after payment kept failing; the debt stands on record.</summary>
    Uncollectible,
}
