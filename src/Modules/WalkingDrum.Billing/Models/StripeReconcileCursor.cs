namespace WalkingDrum.Billing.Models;

/// <summary>
/// A shop whose Stripe events the reconciliation job pulls, and how far it got. A platform row,
/// not a tenant's: the job finds the shops to visit without entering each one, which row-level
/// security would not allow.
/// </summary>
public sealed class StripeReconcileCursor
{
    public Guid TenantId { get; set; }

    /// <summary>
    /// Unix seconds: events created before this were already pulled from the Events API;
    /// <see langword="null"/> until the first pass.
    /// </summary>
    public long? ReconciledUntil { get; set; }

    public DateTimeOffset EnrolledAt { get; set; }
}
